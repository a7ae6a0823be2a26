namespace Pages.Search.Export;

/// <summary>
/// The exported index's files under search/ in the site, each a classic script calling
/// <c>PagesSearch.register(key, data)</c> (browsers block fetch, modules and workers from file://,
/// but not a script element). A key is the file's path under search/ without ".js".
/// <list type="bullet">
/// <item><c>index</c>: the start-up file, <see cref="StartupFile"/>.</item>
/// <item><c>facets</c>: per facet value, its documents (<see cref="PostingsCodec.DocList"/>).</item>
/// <item><c>t/{bucket}</c>: terms → field → postings: per document its gap, frequency and norm byte.
/// A term whose entry is large gets a file of its own, <c>x/{n}</c>, and its bucket names that key.</item>
/// <item><c>p/{bucket}</c> (and <c>y/{n}</c>): terms → field → positions (per document, as gaps), loaded only for phrases.</item>
/// <item><c>d/{doc / 1000}/{doc}</c>: one document's display fields and text, for results and excerpts.</item>
/// </list>
/// </summary>
public static class SearchShards
{
    public const string Folder = "search";
    public const string Startup = "index";

    public static string TermBucket(int bucket) => $"t/{bucket}";

    public static string PositionBucket(int bucket) => $"p/{bucket}";

    public static string FacetValue(int value) => $"f/{value}";

    public static string OwnPostings(int n, int block) => $"x/{n}/{block}";

    public static string OwnPositions(int n, int block) => $"y/{n}/{block}";

    public static string Doc(int doc) => $"d/{doc / 1000}/{doc}";

    /// <summary>The file of a key, relative to the site's root.</summary>
    public static string File(string key) => $"{Folder}/{key}.js";
}
