using System.Collections.Immutable;
using Pages.Archive;
using Pages.Site;

namespace Pages.Search;

/// <summary>Makes the <see cref="SearchDocument"/>s of a site, in archive order, with the addresses the site gives the articles.</summary>
public static class SearchDocuments
{
    /// <summary>Every article's document, in archive order.</summary>
    public static List<SearchDocument> From(SiteModel site) => [.. InParallel(site, From)];

    /// <summary>Every article's source key (<see cref="SourceKey"/>), in archive order.</summary>
    public static string?[] SourceKeys(SiteModel site)
    {
        // What comes from the article's page is hashed once a page, not once an article.
        var pages = new Dictionary<PageEntry, string?>(site.Pages.Count, ReferenceEqualityComparer.Instance);
        foreach (var page in site.Pages)
            pages[page] = PageSource(page);
        var made = new string?[site.Articles.Count];
        Parallel.For(0, made.Length, i => made[i] = SourceKey(site.Articles[i], pages[site.Articles[i].Page]));
        return made;
    }

    static T[] InParallel<T>(SiteModel site, Func<ArticleEntry, T> make)
    {
        var made = new T[site.Articles.Count];
        Parallel.For(0, made.Length, i => made[i] = make(site.Articles[i]));
        return made;
    }

    /// <summary>
    /// What an article's document is made from, as a key: its printed page's cache key (which
    /// stands for everything made from the page alone: text, titles, credits, tags, kind) and what
    /// comes from the rest of the archive (its id and address, its page's and issue's labels and
    /// date). Equal keys, equal documents: a rebuild takes an unchanged article's
    /// <see cref="Export.SearchDocumentHash"/> from the last build instead of joining and hashing
    /// its body. Null when its page has no cache key.
    /// </summary>
    public static string? SourceKey(ArticleEntry entry) => SourceKey(entry, PageSource(entry.Page));

    static string? SourceKey(ArticleEntry entry, string? page) =>
        page is null ? null : Export.SearchDocumentHash.OfParts([page, entry.Id, entry.Url]);

    /// <summary>What an article's document takes from its page: the page's cache key, its and its issue's labels and date.</summary>
    static string? PageSource(PageEntry page)
    {
        if (page.Loaded.Key is not { } pageKey)
            return null;
        return Export.SearchDocumentHash.OfParts(
        [
            pageKey, page.Issue.Label, page.Label,
            page.Issue.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ]);
    }

    /// <summary>Bylines as printed, and the names alone (a name padded with a space, 张 攀, is found as 张攀 too).</summary>
    static string Byline(string? byline, string? photoCredit, ImmutableArray<string>.Builder names)
    {
        var parts = new List<string>(2 + names.Count);
        if (byline is not null)
            parts.Add(byline);
        if (photoCredit is not null)
            parts.Add(photoCredit);
        parts.AddRange(names);
        return string.Join(" | ", parts);
    }

    /// <summary>Loads nothing itself: organises an archive already loaded, as the site build does.</summary>
    public static List<SearchDocument> From(LoadedArchive archive) => From(SiteModelBuilder.Build(archive));

    public static SearchDocument From(ArticleEntry entry)
    {
        var article = entry.Tagged.Article;
        var tags = entry.Tagged.Tags;
        var body = new Lazy<string>(() => string.Join('\n', article.Sections.SelectMany(s =>
            (s.Heading is null ? [] : new[] { s.Heading.Text }).Concat(s.Paragraphs.Select(p => p.Text)))));
        // A rebuild makes every article's document (31,000 at 5,000 pages) for its facets and
        // hashes: the credits are worked out once, and the byline joined without a query.
        var credits = article.Credits;
        var authors = ImmutableArray.CreateBuilder<string>(credits.Length);
        foreach (var credit in credits)
            authors.Add(credit.Name);
        return new SearchDocument(
            entry.Id,
            entry.Url,
            entry.Order,
            new Lazy<string>(() => entry.DisplayTitle),
            article.Title?.Text ?? "",
            article.Kicker?.Text ?? "",
            article.Subtitle?.Text ?? "",
            body,
            Byline(article.Byline?.Text, article.PhotoCredit?.Text, authors),
            tags.Townships,
            tags.Villages,
            tags.Topics,
            authors.MoveToImmutable(),
            entry.Page.Issue.Date?.Year,
            entry.Page.Issue.Date,
            $"{entry.Page.Issue.Label} {entry.Page.Label}",
            article.Kind);
    }
}
