namespace Pages.Search.Export;

/// <summary>
/// What the export of one segment of the index (<see cref="SearchSegments"/>) wrote, beyond its files: kept in the build cache so that the next build can
/// update the published segment term by term (<see cref="SegmentUpdate"/>) instead of exporting it
/// again. Everything here is what a whole export would compute again from the segment's documents,
/// numbered from the segment's first.
/// </summary>
/// <param name="Format">The index's format (<see cref="SearchFormat.Version"/>).</param>
/// <param name="Options">The export's options, as text.</param>
/// <param name="TermBuckets">How many t/ buckets; an update that would need another count exports everything.</param>
/// <param name="PositionBuckets">How many p/ buckets.</param>
/// <param name="TermChars">The size the t/ and i/ bucket counts are made from (<see cref="TermExport.HeaderChars"/> summed).</param>
/// <param name="PositionChars">The size the p/ bucket count is made from.</param>
/// <param name="Sums">Per searchable field, Lucene's sumTotalTermFreq.</param>
/// <param name="FacetValues">Per facet its values in the order they are numbered; other values renumber every term's counts.</param>
/// <param name="Norms">Per searchable field and document, its norm byte.</param>
/// <param name="Hashes">Per document (by number) <see cref="SearchDocumentHash"/>: which documents an update must redo.</param>
/// <param name="Blocks">Per term with files of its own, where its postings are (<see cref="OwnTermState"/>); their
/// names (<see cref="OwnFiles.Name"/>) are the names an update must not give a second term.</param>
/// <param name="DocValues">Per document its facet values' numbers (<see cref="FacetIndex.ValuesOf"/>), for updating a term's counts.</param>
public sealed record ExportState(
    int Format,
    string Options,
    int TermBuckets,
    int PositionBuckets,
    long TermChars,
    long PositionChars,
    long[] Sums,
    string[][] FacetValues,
    byte[][] Norms,
    string[] Hashes,
    Dictionary<string, OwnTermState> Blocks,
    int[][] DocValues)
{
    /// <summary>
    /// A digest of every file of the segment (<see cref="SearchSegments.Owner"/>) and its hash, as
    /// written: the state describes the published segment only when they agree.
    /// </summary>
    public string? Published { get; init; }

    /// <summary>The segment's key (<see cref="SearchSegment.Key"/>).</summary>
    public string Key { get; init; } = "";

    /// <summary>The number of the segment's first document in the archive (<see cref="SearchSegment.Start"/>); the state's documents are numbered from it.</summary>
    public int Start { get; init; }

    /// <summary>
    /// Per document (by number), what it was made from (<see cref="SearchDocuments.SourceKey"/>,
    /// null where unknown): a document of the next build with a key listed here has the hash listed
    /// beside it in <see cref="Hashes"/>, and is not hashed again.
    /// </summary>
    public string?[] Sources { get; init; } = [];

    /// <summary>
    /// Every document's hash: taken from the segments' states where its source key is listed in
    /// one, else computed (which joins its body).
    /// </summary>
    public static string[] HashesOf(IReadOnlyList<ExportState> states, IReadOnlyList<SearchDocument?> docs, IReadOnlyList<string?> sources)
    {
        // Most documents keep their numbers: their source keys are found where they were, and the
        // table of every key (31,000 at 5,000 pages) is made only for those that moved.
        var (sourceAt, hashAt) = (new string?[docs.Count], new string?[docs.Count]);
        foreach (var state in states)
            if (state.Sources.Length == state.Hashes.Length)
                for (var i = 0; i < state.Sources.Length && state.Start + i < docs.Count; i++)
                    (sourceAt[state.Start + i], hashAt[state.Start + i]) = (state.Sources[i], state.Hashes[i]);
        var known = new Lazy<Dictionary<string, string>>(() =>
        {
            var all = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var state in states)
                if (state.Sources.Length == state.Hashes.Length)
                    for (var i = 0; i < state.Sources.Length; i++)
                        if (state.Sources[i] is { } source)
                            all[source] = state.Hashes[i];
            return all;
        });
        var hashes = new string[docs.Count];
        Parallel.For(0, docs.Count, i => hashes[i] = sources[i] is not { } source ? SearchDocumentHash.Of(docs[i])
            : source == sourceAt[i] ? hashAt[i]!
            : known.Value.TryGetValue(source, out var hash) ? hash
            : SearchDocumentHash.Of(docs[i]));
        return hashes;
    }
}

/// <summary>A term with files of its own, as an update needs to know it without reading them.</summary>
/// <param name="Keys">Per block, <see cref="TermBlocks.LastKeys"/>: which block a posting of a given impact is in.</param>
/// <param name="Chars">Its postings' characters in all (<see cref="TermBlocks.Chars"/>), which decide whether it keeps files of its own.</param>
public sealed record OwnTermState(long[] Keys, long Chars);
