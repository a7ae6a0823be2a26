namespace Pages.Search.Export;

/// <summary>
/// The exported index's files under search/ in the site, each a classic script calling
/// <c>PagesSearch.register(key, data)</c> (browsers block fetch, modules and workers from file://,
/// but not a script element). A key is the file's path under search/ without ".js".
/// <list type="bullet">
/// <item><c>index</c>: the start-up file, <see cref="StartupFile"/>.</item>
/// <item><c>f/{value}</c>: one facet value's documents (<see cref="PostingsCodec.DocList"/>).</item>
/// <item><c>t/{bucket / 256}/{bucket % 256}</c>: term → <see cref="TermHeader"/> (every kind of bucket 256 to a folder).</item>
/// <item><c>i/{bucket}</c>: term → a small term's postings blocks (for the terms without files of their
/// own), hashed as t/ but into buckets of their own number: apart from the headers, so that a query
/// of frequent terms loads their small headers without the small terms' postings beside them.</item>
/// <item><c>p/{bucket}</c>: term → its blocks' positions, for small terms; loaded only for phrases.</item>
/// <item><c>x/{name[..2]}/{name}b{block}</c>: a large term's postings blocks (<see cref="OwnBlockFile"/>), one file
/// each, named by <see cref="OwnFiles.Name"/>; <c>y/…b{block}</c>, <c>…b{block}p{piece}</c> the same blocks'
/// positions, a file a piece (<see cref="BlockCodec.PieceEnds"/>). 256 folders by the name's first two
/// digits, so folders do not cost a disk block per term.</item>
/// <item><c>x/{name[..2]}/{name}m{part}</c>: the same term's <see cref="BlockMap"/>, which block holds each document, in parts.</item>
/// <item><c>d/{n / 256}/{n % 256}</c>, n = doc / DocsPerFile: display records (<see cref="DocFile"/>) for results and excerpts.</item>
/// <item><c>e/{doc / 256}/{doc % 256}</c>, then <c>…-1</c>, <c>…-2</c> …: a document's body past the lead of its
/// display record, in parts each twice the one before (<see cref="BodyParts"/>); loaded after the
/// results are shown, for those whose lead lacks a query term their body holds, as far as the part
/// that holds it, so that the excerpt is cut around the match wherever it is. A body's parts in
/// the folder of its number, 256 numbers to a folder as d/.</item>
/// </list>
/// Each segment of the index (<see cref="SearchSegments"/>) has its own t/, i/, p/, f/, x/ and y/
/// files under its key (the newest at search/'s root, the older ones under a/); index and d/
/// and e/ belong to the whole archive.
/// </summary>
public static class SearchShards
{
    public const string Folder = "search";
    public const string Startup = "index";

    /// <summary>Buckets are numbered files as d/ and e/ (<see cref="Numbered"/>): a 5,000-page archive has 16,384 of a kind, and their count doubles as the archive's terms do.</summary>
    public static string TermBucket(int bucket) => Numbered("t", bucket);

    public static string InlineBucket(int bucket) => Numbered("i", bucket);

    public static string PositionBucket(int bucket) => Numbered("p", bucket);

    public static string FacetValue(int value) => $"f/{value}";

    public static string OwnBlock(string name, int block) => $"x/{name[..2]}/{name}b{block}";

    /// <summary>A piece of a large term's block's positions (the first has the block's own name).</summary>
    public static string OwnPositions(string name, int block, int piece) => piece == 0 ? $"y/{name[..2]}/{name}b{block}" : $"y/{name[..2]}/{name}b{block}p{piece}";

    public static string OwnMap(string name, int part) => $"x/{name[..2]}/{name}m{part}";

    /// <summary>The display file holding a document's record (the record is at doc % docsPerFile in it).</summary>
    public static string Docs(int doc, int docsPerFile) => Numbered("d", doc / docsPerFile);

    /// <summary>The file holding a part of a document's body past its lead, for its excerpt (<see cref="BodyParts"/>); engine.js, <c>textKey</c>.</summary>
    public static string Text(int doc, int part) => part == 0 ? Numbered("e", doc) : $"{Numbered("e", doc)}-{part}";

    /// <summary>The document and part of a body part's key (as <see cref="Text"/> makes it); null for any other key.</summary>
    public static (int Doc, int Part)? TextOf(string key)
    {
        // e/{doc >> 8}/{doc & 255}, then -{part} past the first.
        var rest = key.AsSpan();
        if (!rest.StartsWith("e/"))
            return null;
        rest = rest[2..];
        var slash = rest.IndexOf('/');
        if (slash <= 0 || !int.TryParse(rest[..slash], System.Globalization.NumberStyles.None, null, out var high))
            return null;
        rest = rest[(slash + 1)..];
        var dash = rest.IndexOf('-');
        var part = 0;
        if (dash >= 0 && (!int.TryParse(rest[(dash + 1)..], System.Globalization.NumberStyles.None, null, out part) || part == 0))
            return null;
        if (!int.TryParse(dash >= 0 ? rest[..dash] : rest, System.Globalization.NumberStyles.None, null, out var low) || low > 255)
            return null;
        var doc = (high << 8) | low;
        return Text(doc, part) == key ? (doc, part) : null;
    }

    /// <summary>
    /// The key of file <paramref name="n"/> of a kind whose count grows with the archive, 256 files
    /// to a folder (engine.js, <c>numbered</c>): a FAT32 stick holds at most 65,536 entries in a
    /// folder, and Linux writes a lower-case name such as 12345.js as two, so one folder held at most
    /// 32,767 files.
    /// </summary>
    static string Numbered(string kind, int n) => $"{kind}/{n >> 8}/{n & 255}";

    /// <summary>The file of a key, relative to the site's root.</summary>
    public static string File(string key) => $"{Folder}/{key}.js";

    /// <summary>The key of a file (relative to the site's root, as <see cref="File"/> makes it).</summary>
    public static string Key(string file) => KeySpan(file).ToString();

    /// <summary>As <see cref="Key"/>, without making a string of it.</summary>
    public static ReadOnlySpan<char> KeySpan(string file) => file.AsSpan()[(Folder.Length + 1)..^".js".Length];
}
