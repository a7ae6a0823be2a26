namespace Pages.Search.Export;

/// <summary>
/// A display record in search/d/{doc / DocsPerFile}.js: what a result shows and the text its excerpt is cut from. Read by
/// theme/assets/search/ui.js, which puts every string into the page as text, never as HTML.
/// Only the start of the body (<see cref="SearchExportOptions.LeadChars"/>) is carried: ten whole
/// bodies made up most of a query's bytes, and the excerpt is cut from this lead (the best window
/// in it, else its start).
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
    string Lead)
{
    public static DocFile From(SearchDocument d, int leadChars) => new(
        d.Id, d.Url, d.DisplayTitle, d.Kicker, d.Subtitle, d.Byline,
        d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        d.PageLabel, d.KindName, d.Townships, d.Topics, LeadOf(d.Body, leadChars));

    /// <summary>The first characters of the body, not cutting a surrogate pair in half.</summary>
    static string LeadOf(string body, int chars)
    {
        if (body.Length <= chars)
            return body;
        var end = char.IsHighSurrogate(body[chars - 1]) ? chars - 1 : chars;
        return body[..end];
    }
}
