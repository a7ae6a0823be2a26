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
/// query's bytes. <see cref="Parts"/> says in how many parts the rest of the body is
/// (<see cref="BodyParts"/>), which the page loads when the lead lacks a query term the body holds.
/// </summary>
public sealed record DocFile(
    string Url,
    string Title,
    string Page,
    string Kind,
    IReadOnlyList<string> Townships,
    string Lead,
    int Parts)
{
    public static DocFile From(SearchDocument d, SearchExportOptions options) =>
        new(d.Url, d.DisplayTitle, d.PageLabel, d.KindName, d.Townships, BodyParts.Lead(d.Body, options.LeadChars),
            BodyParts.Count(d.Body, options.LeadChars, options.TextChars));

    /// <summary>The record as the file carries it.</summary>
    public object[] Row() => [Url, Title, Page, Kind, Townships, Lead, Parts];
}
