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
    /// Where each included template's file is (null: nowhere), found once: Scriban asks at every
    /// include, and each time was a look at the disk for every theme folder.
    /// </summary>
    readonly ConcurrentDictionary<string, string?> paths = new(StringComparer.Ordinal);

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
        string? page = null;
        RenderPage(name, view, layoutView, html => page = new string(html));
        return page!;
    }

    /// <summary>
    /// Renders the page as <see cref="RenderPage(string, object, Views.LayoutView)"/> does and hands
    /// its HTML to <paramref name="use"/> while it is still in the renderer's buffer: a site's pages
    /// are written and link-checked from there, never made into strings (half a gigabyte of them at
    /// 5,000 pages, and as much again in their bytes).
    /// </summary>
    public void RenderPage(string name, object view, Views.LayoutView layoutView, PageText use)
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
        RenderWith("layout.html", layout, use);
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
        string? text = null;
        RenderWith(name, globals, html => text = new string(html));
        return text!;
    }

    /// <summary>Renders a template into a context's reused output and hands the output to <paramref name="use"/>.</summary>
    void RenderWith(string name, ScriptObject globals, PageText use)
    {
        var template = Parse(name);
        var context = idle.TryTake(out var reused) ? reused : NewContext();
        context.PushGlobal(globals);
        var output = context.Reusable();
        context.PushOutput(output);
        try
        {
            // Evaluated as Template.Render does, without its copy of the output into a string.
            context.PushSourceFile(template.SourceFilePath ?? name);
            try
            {
                if (context.Evaluate(template.Page!) is { } last && context.EnableOutput) // Parse refused a template with errors
                    context.Write(template.Page!.Span, last);
            }
            finally
            {
                context.PopSourceFile();
            }
            foreach (var (path, parsedInclude) in context.CachedTemplates)
                includes.TryAdd(path, parsedInclude);
            context.PopOutput();
            context.PopGlobal();
            Use(output.Builder, use);
            // Only a render that ended well gives its context back: a failed one may have left state behind.
            idle.Add(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new ThemeException($"{e.Span.FileName}:{e.Span.Start.Line + 1}: {e.OriginalMessage}");
        }
    }

    /// <summary>
    /// Hands what <paramref name="builder"/> holds to <paramref name="use"/>: in place when it is one
    /// piece, as it is from the context's second page on (a builder cleared keeps its capacity in
    /// one piece), else copied once.
    /// </summary>
    static void Use(System.Text.StringBuilder builder, PageText use)
    {
        var chunks = builder.GetChunks();
        if (chunks.MoveNext() && chunks.Current.Length == builder.Length)
            use(chunks.Current.Span);
        else
            use(builder.ToString());
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
            renderer.paths.GetOrAdd(templateName, name => renderer.theme.Find("templates/" + name))
            ?? throw new ThemeException($"{callerSpan.FileName}:{callerSpan.Start.Line + 1}: no template '{templateName}' to include");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>Reads a rendered page's HTML where it was rendered; the text is valid only during the call.</summary>
public delegate void PageText(ReadOnlySpan<char> html);

/// <summary>A theme that cannot be used: a missing or broken template, with its file and line.</summary>
public sealed class ThemeException(string message) : Exception(message);
