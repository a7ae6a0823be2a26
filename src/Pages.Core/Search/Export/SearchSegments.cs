namespace Pages.Search.Export;

/// <summary>One part of the index: the documents numbered from <paramref name="Start"/>, <paramref name="Count"/> of them, with files under <paramref name="Key"/>.</summary>
/// <param name="Key">What its files' keys start with ("" for the newest documents, so a small archive's index is one segment at search/'s root).</param>
public sealed record SearchSegment(string Key, int Start, int Count)
{
    public int End => Start + Count;
}

/// <summary>
/// How the index is cut into segments, each exported as an index of its own (its terms, buckets,
/// blocks and facet files, numbered from its first document) and searched together by the client
/// with the archive's statistics: the documents up to about the last multiple of
/// <see cref="SearchExportOptions.SegmentDocs"/> (under a/, cut where a page's numbers start), and
/// the newest ones after it (at the root). A day's pages are added at the end, and pages are
/// numbered in date order (<see cref="SearchNumbers"/>), so adding
/// them changes only the newest segment: a few hundred documents exported again instead of the
/// whole archive, whose every term bucket and nearly every frequent term's blocks they would
/// otherwise change (each term's header holds its document count, and new documents land all
/// over a frequent term's impact order). The cut is a function of the documents' numbers alone,
/// so an update is the same as a whole export; once in <see cref="SearchExportOptions.SegmentDocs"/>
/// documents the cut moves and the older segment is exported again too. A query reads each
/// term's header in both segments (a few KB more than one segment would cost).
/// </summary>
public static class SearchSegments
{
    /// <summary>The older documents' segment's key.</summary>
    public const string Older = "a/";

    /// <summary>
    /// The segments of an archive whose documents are <paramref name="docs"/> (by number; null where
    /// no article has the number), oldest first; none is empty. The older segment ends where the
    /// page of the document numbered past the last whole multiple of
    /// <see cref="SearchExportOptions.SegmentDocs"/> documents starts (its run of
    /// <see cref="SearchExportOptions.PageRun"/> numbers), so a correction on an older page that adds
    /// or removes an article moves the cut only when that document was its page's first.
    /// </summary>
    public static IReadOnlyList<SearchSegment> Of<T>(IReadOnlyList<T?> docs, SearchExportOptions options) where T : class
    {
        var count = SearchExport.Documents(docs);
        var older = count / options.SegmentDocs * options.SegmentDocs;
        var cut = older == 0 ? 0 : older == count ? docs.Count : PageStart(Numbered(docs, older), options.PageRun);
        var segments = new List<SearchSegment>(2);
        if (cut > 0)
            segments.Add(new SearchSegment(Older, 0, cut));
        if (docs.Count > cut)
            segments.Add(new SearchSegment("", cut, docs.Count - cut));
        return segments;
    }

    /// <summary>The number of the document that is <paramref name="nth"/> (from 0) in archive order.</summary>
    static int Numbered<T>(IReadOnlyList<T?> docs, int nth) where T : class
    {
        for (var d = 0; d < docs.Count; d++)
            if (docs[d] is not null && nth-- == 0)
                return d;
        throw new ArgumentOutOfRangeException(nameof(nth), "fewer documents than that");
    }

    /// <summary>The first number of the run <paramref name="number"/> is in; never 0 when the number is not (the older segment is never empty).</summary>
    static int PageStart(int number, int run) => Math.Max(1, number / run * run);

    /// <summary>
    /// The key of the segment a file's key belongs to: "a/" for a/…, "" for the newest segment's
    /// folders (t/, i/, p/, f/, x/, y/); null for the files of the whole index (index, d/…).
    /// </summary>
    public static string? Owner(ReadOnlySpan<char> key)
    {
        if (key.SequenceEqual(SearchShards.Startup) || key.StartsWith("d/", StringComparison.Ordinal) || key.StartsWith("e/", StringComparison.Ordinal))
            return null;
        return key.StartsWith(Older, StringComparison.Ordinal) ? Older : "";
    }
}
