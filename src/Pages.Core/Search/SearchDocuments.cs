using Pages.Archive;
using Pages.Site;

namespace Pages.Search;

/// <summary>Makes the <see cref="SearchDocument"/>s of a site, in archive order, with the addresses the site gives the articles.</summary>
public static class SearchDocuments
{
    /// <summary>Every article's document, made in parallel (each joins its article's whole text), in archive order.</summary>
    public static List<SearchDocument> From(SiteModel site)
    {
        var docs = new SearchDocument[site.Articles.Count];
        Parallel.For(0, docs.Length, i => docs[i] = From(site.Articles[i]));
        return [.. docs];
    }

    /// <summary>Loads nothing itself: organises an archive already loaded, as the site build does.</summary>
    public static List<SearchDocument> From(LoadedArchive archive) => From(SiteModelBuilder.Build(archive));

    public static SearchDocument From(ArticleEntry entry)
    {
        var article = entry.Tagged.Article;
        var tags = entry.Tagged.Tags;
        var body = string.Join('\n', article.Sections.SelectMany(s =>
            (s.Heading is null ? [] : new[] { s.Heading.Text }).Concat(s.Paragraphs.Select(p => p.Text))));
        // Bylines as printed, and the names alone (a name padded with a space, 张 攀, is found as 张攀 too).
        var byline = string.Join(" | ", new[] { article.Byline?.Text, article.PhotoCredit?.Text }
            .Where(t => t is not null).Concat(article.Credits.Select(c => c.Name)));
        return new SearchDocument(
            entry.Id,
            entry.Url,
            entry.Order,
            entry.DisplayTitle,
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
