using Pages.Site.Theming;
using Pages.Site.Views;

namespace Pages.Site;

/// <summary>
/// Everything a page's HTML is made from besides the theme: the template, the page's view and its
/// layout's view. Views are records of plain data, so two equal models render the same bytes; the
/// build cache keys a page by this model's hash and renders again only pages whose model changed.
/// </summary>
public sealed record RenderModel(string Template, object View, LayoutView Layout)
{
    public string Render(TemplateRenderer templates) => templates.RenderPage(Template, View, Layout);

    /// <summary>Renders the page and hands its HTML to <paramref name="use"/> (valid only during the call).</summary>
    public void Render(TemplateRenderer templates, PageText use) => templates.RenderPage(Template, View, Layout, use);
}

/// <summary>One file of the site, to be rendered when it is written (so the site is never all in memory at once).</summary>
/// <param name="Path">Where it goes, relative to the output folder (articles/x.html).</param>
/// <param name="Model">Builds the page's model when asked (so only the pages being worked on are held).</param>
public sealed record RenderJob(string Path, Func<RenderModel> Model)
{
    /// <summary>
    /// What in the input it shows (input/pages/x.txt:3-32), for messages; null for site-wide pages.
    /// Made only for a message: a rebuild lists every article's page and renders a handful.
    /// </summary>
    public Func<string>? Source { get; init; }

    /// <summary>
    /// The page's render key made from what it is made of, without building its model
    /// (<see cref="Cache.RenderSources"/>); null, or returning null, when the model's hash is the key.
    /// </summary>
    public Func<string?>? SourceKey { get; init; }
}
