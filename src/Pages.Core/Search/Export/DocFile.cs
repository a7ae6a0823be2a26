namespace Pages.Search.Export;

/// <summary>
/// search/d/…/{doc}.js: what a result shows and the text its excerpt is cut from. Read by
/// theme/assets/search/ui.js, which puts every string into the page as text, never as HTML.
/// </summary>
public sealed record DocFile(
    string Id,
    string Url,
    string Title,
    string Kicker,
    string Subtitle,
    string Byline,
    string Date,
    string Page,
    string Kind,
    IReadOnlyList<string> Townships,
    IReadOnlyList<string> Topics,
    string Body)
{
    public static DocFile From(SearchDocument d) => new(
        d.Id, d.Url, d.DisplayTitle, d.Kicker, d.Subtitle, d.Byline,
        d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        d.PageLabel, d.KindName, d.Townships, d.Topics, d.Body);
}
