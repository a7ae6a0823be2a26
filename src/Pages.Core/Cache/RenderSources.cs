using Pages.Site;
using Pages.Site.Views;

namespace Pages.Cache;

/// <summary>
/// The render key of an article's page and of a printed page's, made from what the page is made
/// of instead of from its built view: building and hashing the views of every article was most of
/// a one-page rebuild (about 4 s of processor time at 31,000 articles), while the few values below
/// are already at hand.
/// <para>
/// A printed page's cache key (<see cref="Archive.LoadedPage.Key"/>) is a hash of its text, its
/// metadata and corrections, the configuration and Pages' own code, so it stands for everything
/// made from the page alone: its articles' text, titles, credits, tags, dates, excerpts, its
/// source text. What comes from the rest of the archive is named here one by one: the addresses
/// and labels of the page and its issue, the tags' addresses, the neighbours, the related
/// articles. A value a view reads from the rest of the archive and this key missed would keep a
/// page whose bytes changed: <c>IncrementalBuildTests</c> hold rebuilds after such changes to a
/// clean build, byte for byte.
/// </para>
/// Pages without a cache key (a build without the cache) are keyed by their views (null here).
/// </summary>
internal static class RenderSources
{
    /// <summary>An article named by its page's key and its id, with what its links show that is not the page's own.</summary>
    sealed record Source(string PageKey, string Id, string Url, string PageUrl, string PageLabel, string IssueUrl, string IssueLabel);

    sealed record Tag(string Name, string Url);

    sealed record ArticleSources(
        Source Article, string? Year, IReadOnlyList<Tag> Townships, IReadOnlyList<Tag> Villages, IReadOnlyList<Tag> Topics,
        IReadOnlyList<Tag> Authors, Source? Previous, Source? Next, IReadOnlyList<Source> Related, SiteView Site, string BaseUrl);

    sealed record PageSources(string PageKey, string Url, string Label, string IssueUrl, string IssueLabel,
        NeighbourLink? Previous, NeighbourLink? Next, SiteView Site, string BaseUrl);

    /// <summary>The key of <paramref name="article"/>'s page, or null when its printed page has no cache key.</summary>
    public static string? Article(ArticleEntry article, SiteView site, string baseUrl)
    {
        if (Of(article) is not { } source)
            return null;
        Source? previous = null, next = null;
        if (article.Previous is not null && (previous = Of(article.Previous)) is null)
            return null;
        if (article.Next is not null && (next = Of(article.Next)) is null)
            return null;
        var related = new List<Source>(article.Related.Count);
        foreach (var other in article.Related)
        {
            if (Of(other) is not { } known)
                return null;
            related.Add(known);
        }
        return Key("article", new ArticleSources(source, article.Year?.Name, Tags(article.Townships), Tags(article.Villages),
            Tags(article.Topics), Tags(article.Authors), previous, next, related, site, baseUrl));
    }

    /// <summary>The key of a printed page's view, or null when it has no cache key.</summary>
    public static string? Page(PageEntry page, SiteView site, string baseUrl) =>
        page.Loaded.Key is not { } key ? null : Key("page", new PageSources(key, page.Url, page.Label, page.Issue.Url, page.Issue.Label,
            ViewBuilder.Neighbour(page.Previous), ViewBuilder.Neighbour(page.Next), site, baseUrl));

    static Source? Of(ArticleEntry a) => a.Page.Loaded.Key is not { } key ? null
        : new Source(key, a.Id, a.Url, a.Page.Url, a.Page.Label, a.Page.Issue.Url, a.Page.Issue.Label);

    static List<Tag> Tags(List<FacetEntry> facets) => facets.ConvertAll(f => new Tag(f.Name, f.Url));

    /// <summary>Tagged apart from the views' keys (<see cref="RenderManifest.KeyOf"/>), which a page keyed either way is compared with.</summary>
    static string Key(string kind, object sources) => Convert.ToHexStringLower(ViewHash.Of("sources", kind, sources));
}
