namespace Pages.Search.Export;

/// <summary>
/// A display record in search/d/{doc / DocsPerFile}.js: what a result shows and the text its excerpt
/// is cut from, written as an array in this order (<see cref="Row"/>) since a query loads ten of
/// these files and names would repeat in every record. theme/assets/search/engine.js
/// (<c>display</c>) names the fields again, and ui.js puts every string into the page as text, never
/// as HTML.
/// Only what a result shows is carried: the page label (it holds the date), the kind and the
/// townships, and the start of the body (<see cref="SearchExportOptions.LeadChars"/>) to cut the
/// excerpt from (the best window in it, else its start): ten whole bodies made up most of a
/// query's bytes. <see cref="More"/> says the body goes on past the lead, and is then in a file of
/// its own (<see cref="SearchShards.Text"/>), which the page loads when the lead lacks a query term.
/// </summary>
public sealed record DocFile(
    string Url,
    string Title,
    string Page,
    string Kind,
    IReadOnlyList<string> Townships,
    string Lead,
    bool More)
{
    public static DocFile From(SearchDocument d, int leadChars) =>
        new(d.Url, d.DisplayTitle, d.PageLabel, d.KindName, d.Townships, LeadOf(d.Body, leadChars), HasMore(d, leadChars));

    /// <summary>Whether the document's body goes on past its lead, and so has a body file.</summary>
    public static bool HasMore(SearchDocument d, int leadChars) => d.Body.Length > leadChars;

    /// <summary>The record as the file carries it (the flag as 1 or 0).</summary>
    public object[] Row() => [Url, Title, Page, Kind, Townships, Lead, More ? 1 : 0];

    /// <summary>The first characters of the body, not cutting a surrogate pair in half.</summary>
    static string LeadOf(string body, int chars)
    {
        if (body.Length <= chars)
            return body;
        var end = char.IsHighSurrogate(body[chars - 1]) ? chars - 1 : chars;
        return body[..end];
    }
}
