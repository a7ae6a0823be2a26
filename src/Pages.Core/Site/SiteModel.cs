using Pages.Archive;
using Pages.Config;
using Pages.Tagging;

namespace Pages.Site;

/// <summary>
/// The archive as the site shows it: issues, pages and articles in order with their neighbours,
/// and the facets readers browse by (townships, villages, topics, authors, years), each with its
/// address. Built once per build by <see cref="SiteModelBuilder"/>; renderers only read it.
/// </summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }

    public required IReadOnlyList<IssueEntry> Issues { get; init; }

    public required IReadOnlyList<PageEntry> Pages { get; init; }

    public required IReadOnlyList<ArticleEntry> Articles { get; init; }

    public required FacetEntry Zone { get; init; }

    public required IReadOnlyList<FacetEntry> Townships { get; init; }

    public required IReadOnlyList<FacetEntry> Villages { get; init; }

    public required IReadOnlyList<FacetEntry> Topics { get; init; }

    public required IReadOnlyList<FacetEntry> Authors { get; init; }

    public required IReadOnlyList<FacetEntry> Years { get; init; }
}

/// <summary>One day's paper: the pages printed with the same date (or every page whose date is unknown).</summary>
public sealed class IssueEntry
{
    public required string Slug { get; init; }

    string? url;

    /// <summary>Made once: a rebuild asks for it for every page key the entry is in.</summary>
    public string Url => url ??= SitePaths.Issue(Slug);

    public required DateOnly? Date { get; init; }

    public required string Label { get; init; }

    public List<PageEntry> Pages { get; } = [];

    public int ArticleCount => Pages.Sum(p => p.Articles.Count);
}

/// <summary>One printed page (版面).</summary>
public sealed class PageEntry
{
    public required LoadedPage Loaded { get; init; }

    public required string Slug { get; init; }

    string? url;

    /// <summary>Made once: a rebuild asks for it for every page key the entry is in.</summary>
    public string Url => url ??= SitePaths.Page(Slug);

    public required IssueEntry Issue { get; set; }

    /// <summary>What the page is called: 第3版 · 焦作市城乡一体化示范区, or its file name where nothing is known.</summary>
    public required string Label { get; init; }

    public List<ArticleEntry> Articles { get; } = [];

    public PageEntry? Previous { get; set; }

    public PageEntry? Next { get; set; }
}

/// <summary>One article, with its place in the archive.</summary>
public sealed class ArticleEntry
{
    public required TaggedArticle Tagged { get; init; }

    public required string Id { get; init; }

    public required string Slug { get; init; }

    string? url;

    /// <summary>Made once: a rebuild asks for it for every page key the entry is in.</summary>
    public string Url => url ??= SitePaths.Article(Slug);

    public required PageEntry Page { get; init; }

    /// <summary>Position in the whole archive, in reading order.</summary>
    public required int Order { get; init; }

    string? displayTitle;

    /// <summary>
    /// The printed title, or for an article printed without one its opening words: made when first
    /// asked for, since an article read from the build cache decodes its body only then, and a
    /// rebuild shows only the changed pages' articles.
    /// </summary>
    public string DisplayTitle => displayTitle ??= SiteModelBuilder.DisplayTitle(Tagged.Article);

    /// <summary>False where <see cref="DisplayTitle"/> is made from the opening words.</summary>
    public bool HasPrintedTitle => Tagged.Article.Title is not null;

    public ArticleEntry? Previous { get; set; }

    public ArticleEntry? Next { get; set; }

    public List<ArticleEntry> Related { get; } = [];

    public List<FacetEntry> Townships { get; } = [];

    public List<FacetEntry> Villages { get; } = [];

    public List<FacetEntry> Topics { get; } = [];

    public List<FacetEntry> Authors { get; } = [];

    public FacetEntry? Year { get; set; }

    /// <summary>The article's link as lists show it, made once by <see cref="Views.ViewBuilder.Link"/>.</summary>
    internal Views.ArticleLink? ListedAs;

    /// <summary>What the article's link shows, as a hash (<see cref="Cache.RenderSources.LinkSource"/>), once made.</summary>
    internal byte[]? LinkSource;
}

/// <summary>A value readers browse by (a township, a topic, an author, a year) and its articles in archive order.</summary>
public sealed class FacetEntry
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    /// <summary>A word or two about it: a township's kind and code, an author's roles.</summary>
    public string Note { get; set; } = "";

    public List<ArticleEntry> Articles { get; } = [];

    /// <summary>A township's villages.</summary>
    public List<FacetEntry> Children { get; } = [];
}
