using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using Scriban.Runtime;

namespace Pages.Site.Theming;

/// <summary>
/// Renders the theme's templates (Scriban) into HTML. A page template renders its view; the result
/// is placed into templates/layout.html as `content`. Templates are parsed once and shared between
/// threads; each render has a context of its own while it runs. A template that cannot be parsed or rendered is a
/// <see cref="ThemeException"/> naming the template file and line.
/// </summary>
public sealed class TemplateRenderer
{
    readonly Theme theme;
    readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Template> includes = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<(string Name, object Model, string Root), HtmlString> partials = new();

    /// <summary>
    /// Contexts not in use. Making one sets up all of Scriban's built-in functions, which cost as
    /// much as rendering a small page, so each is reused, by one render at a time.
    /// </summary>
    readonly ConcurrentBag<EscapingTemplateContext> idle = [];

    public TemplateRenderer(Theme theme) => this.theme = theme;

    /// <summary>
    /// Renders templates/<paramref name="name"/> with <paramref name="view"/> inside the layout. Both
    /// templates also see <paramref name="layoutView"/> (root, site, title…).
    /// </summary>
    public string RenderPage(string name, object view, Views.LayoutView layoutView)
    {
        var globals = new ScriptObject();
        globals.Import(layoutView, renamer: StandardMemberRenamer.Default);
        globals.Import(view, renamer: StandardMemberRenamer.Default);
        var root = layoutView.Root;
        globals.Import("partial", new Func<string, object, HtmlString>((template, model) => Partial(template, model, root)));
        var body = RenderWith(name, globals);
        var layout = new ScriptObject();
        layout.Import(layoutView, renamer: StandardMemberRenamer.Default);
        layout["content"] = new HtmlString(body);
        return RenderWith("layout.html", layout);
    }

    /// <summary>
    /// {{ partial 'name' model }}: renders a small template with `a` (the model) and `root`. The
    /// same article is listed on many pages (its page, its issue, each township and topic, related
    /// lists), so each (template, model, root) is rendered once and reused: models are records, so
    /// equal models are equal keys.
    /// </summary>
    HtmlString Partial(string name, object model, string root) => partials.GetOrAdd((name, model, root), key =>
    {
        var globals = new ScriptObject();
        globals["a"] = key.Model;
        globals["root"] = key.Root;
        return new HtmlString(RenderWith(key.Name, globals));
    });

    string RenderWith(string name, ScriptObject globals)
    {
        var template = Parse(name);
        var context = idle.TryTake(out var reused) ? reused : NewContext();
        context.PushGlobal(globals);
        context.PushOutput(context.Reusable());
        try
        {
            var html = template.Render(context);
            foreach (var (path, parsedInclude) in context.CachedTemplates)
                includes.TryAdd(path, parsedInclude);
            context.PopOutput();
            context.PopGlobal();
            // Only a render that ended well gives its context back: a failed one may have left state behind.
            idle.Add(context);
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            throw new ThemeException($"{e.Span.FileName}:{e.Span.Start.Line + 1}: {e.OriginalMessage}");
        }
    }

    EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext { TemplateLoader = new Loader(this), MemberRenamer = StandardMemberRenamer.Default };
        TrustedInclude.Install(context);
        // Included templates are parsed once for all pages, not once per page.
        foreach (var (path, parsedInclude) in includes)
            context.CachedTemplates[path] = parsedInclude;
        return context;
    }

    Template Parse(string name) => parsed.GetOrAdd(name, n =>
    {
        var file = theme.Find("templates/" + n) ?? throw new ThemeException($"the theme has no template '{n}' (looked in {string.Join(", ", theme.Folders)})");
        var template = Template.Parse(File.ReadAllText(file), file);
        if (template.HasErrors)
            throw new ThemeException(string.Join("; ", template.Messages.Select(m => $"{m.Span.FileName}:{m.Span.Start.Line + 1}: {m.Message}")));
        return template;
    });

    /// <summary>Resolves {{ include 'name' }} to the theme's templates/ folder, user's files first.</summary>
    sealed class Loader(TemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            renderer.theme.Find("templates/" + templateName)
            ?? throw new ThemeException($"{callerSpan.FileName}:{callerSpan.Start.Line + 1}: no template '{templateName}' to include");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>A theme that cannot be used: a missing or broken template, with its file and line.</summary>
public sealed class ThemeException(string message) : Exception(message);
