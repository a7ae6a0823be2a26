namespace Pages.Search;

/// <summary>
/// The searchable fields and their query-time weights. The title outweighs the body by a boost on
/// each field's clause at query time rather than an index-time boost, because an index-time boost
/// would be folded into the lossy one-byte norm, and a query boost is a plain float the browser
/// client multiplies exactly as Lucene does (the weights are exported in the start-up file).
/// </summary>
public static class SearchFields
{
    public const string Title = "t";
    public const string Heads = "s";
    public const string Body = "b";
    public const string Byline = "a";

    /// <summary>In this order everywhere: Lucene query clauses, the export, the client.</summary>
    public static IReadOnlyList<(string Name, float Weight)> Weighted { get; } =
    [
        (Title, 3f),
        (Heads, 2f),
        (Body, 1f),
        (Byline, 1f),
    ];

    // Facet fields: not analysed, one term per value.
    public const string Id = "id";
    public const string Township = "township";
    public const string Village = "village";
    public const string Topic = "topic";
    public const string Author = "author";
    public const string Year = "year";
    public const string Kind = "kind";
    public const string Page = "page";
}
