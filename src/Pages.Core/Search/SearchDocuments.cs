using Pages.Archive;
using Pages.Site;

namespace Pages.Search;

/// <summary>Makes the <see cref="SearchDocument"/>s of a site, in archive order, with the addresses the site gives the articles.</summary>
public static class SearchDocuments
{
    /// <summary>Every article's document, in archive order.</summary>
    public static List<SearchDocument> From(SiteModel site) => [.. InParallel(site, From)];

    /// <summary>Every article's source key (<see cref="SourceKey"/>), in archive order.</summary>
    public static string?[] SourceKeys(SiteModel site) => InParallel(site, SourceKey);

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
    public static string? SourceKey(ArticleEntry entry)
    {
        if (entry.Page.Loaded.Key is not { } pageKey)
            return null;
        return Export.SearchDocumentHash.OfParts(
        [
            pageKey, entry.Id, entry.Url, entry.Page.Issue.Label, entry.Page.Label,
            entry.Page.Issue.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ]);
    }

    /// <summary>Loads nothing itself: organises an archive already loaded, as the site build does.</summary>
    public static List<SearchDocument> From(LoadedArchive archive) => From(SiteModelBuilder.Build(archive));

    public static SearchDocument From(ArticleEntry entry)
    {
        var article = entry.Tagged.Article;
        var tags = entry.Tagged.Tags;
        var body = new Lazy<string>(() => string.Join('\n', article.Sections.SelectMany(s =>
            (s.Heading is null ? [] : new[] { s.Heading.Text }).Concat(s.Paragraphs.Select(p => p.Text)))));
        // Bylines as printed, and the names alone (a name padded with a space, 张 攀, is found as 张攀 too).
        var byline = string.Join(" | ", new[] { article.Byline?.Text, article.PhotoCredit?.Text }
            .Where(t => t is not null).Concat(article.Credits.Select(c => c.Name)));
        return new SearchDocument(
            entry.Id,
            entry.Url,
            entry.Order,
            new Lazy<string>(() => entry.DisplayTitle),
            article.Title?.Text ?? "",
            article.Kicker?.Text ?? "",
            article.Subtitle?.Text ?? "",
            body,
            byline,
            tags.Townships,
            tags.Villages,
            tags.Topics,
            [.. article.Credits.Select(c => c.Name)],
            entry.Page.Issue.Date?.Year,
            entry.Page.Issue.Date,
            $"{entry.Page.Issue.Label} {entry.Page.Label}",
            article.Kind);
    }
}
