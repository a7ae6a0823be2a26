namespace Pages.Site.Views;

/// <summary>An article as listed: on a page, in an issue, under a township or topic, among related ones.</summary>
/// <param name="Printed">False when <paramref name="Title"/> was made from the opening words.</param>
/// <param name="KindLabel">图片 or 公告, empty for news.</param>
public sealed record ArticleLink(
    string Url,
    string? Kicker,
    string Title,
    bool Printed,
    string? KindLabel,
    string PageUrl,
    string IssueLabel,
    string PageLabel,
    string? Byline,
    string? Excerpt)
{
    /// <summary>
    /// The link's hash once <see cref="Cache.ViewHash.OfLink"/> made it. Kept on the link itself: a
    /// table beside the links made the threads that render pages wait on its lock (a second of
    /// processor time at 31,000 articles). A field, not a property: views are hashed and shown by
    /// their public properties.
    /// </summary>
    internal byte[]? Hash;
}

/// <summary>A township, village, topic, author or year with its article count.</summary>
public sealed record FacetLink(string Name, string Url, int Count, string? Note, IReadOnlyList<FacetLink> Children);

/// <summary>
/// A township, village, topic or author an article is tagged with, as its page shows it. No count:
/// an article's page would otherwise change whenever any article of its places or topics did, and
/// a rebuild would render it again.
/// </summary>
public sealed record TagLink(string Name, string Url);

/// <summary>A neighbouring page, article or issue.</summary>
public sealed record NeighbourLink(string Url, string Label, string Title);

public sealed record PageLink(string Url, string Label, int Count, IReadOnlyList<ArticleLink> Articles);
