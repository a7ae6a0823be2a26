namespace Pages.Search.Export;

/// <summary>
/// One term made ready to write: its header for the t/ bucket, its blocks, and where they go
/// (inline in the header, positions in a p/ bucket; or files of their own). A function of the
/// term's postings, the documents' norm bytes and facet values alone, so the whole export and a
/// rebuild's update of a few terms make the same bytes.
/// </summary>
internal sealed record TermExport(string Term, TermHeader Header, TermBlocks Blocks, string Counts, string? OwnName)
{
    /// <summary>The positions for the term's p/ bucket entry; null for a term with files of its own.</summary>
    public string[]? InlinePositions => OwnName is null ? Blocks.Positions : null;

    /// <summary>
    /// What the term adds to the t/ and i/ buckets' size (its header, and a small term's postings
    /// now in i/), which sets how many of each there are (<see cref="SearchExport.Buckets"/>,
    /// <see cref="SearchExport.InlineBuckets"/>); the same sum as before format 9, so counts stay put.
    /// </summary>
    public long HeaderChars => Term.Length + Chars(Header.X) + Chars(Header.S) + (Header.C?.Length ?? 0) + (Header.M?.Length ?? 0) * 7 + 30;

    /// <summary>What the term adds to the p/ buckets' size.</summary>
    public long PositionChars => Chars(InlinePositions) + Term.Length + 4;

    /// <summary>Its postings, blocks and facet counts (the costly part, safe to run in parallel).</summary>
    public static (TermList List, TermBlocks Blocks, string Counts) Prepare(
        string term, FieldPostings?[] fields, byte[][] norms, FacetIndex facets, SearchExportOptions options)
    {
        var list = TermList.Make(term, fields, norms);
        try
        {
            return (list, TermBlocks.Make(list, norms, options), facets.Counts(list.Docs));
        }
        finally
        {
            list.Release();
        }
    }

    /// <summary>
    /// The term's header; <paramref name="name"/> names its own files when its blocks are too long
    /// to go inline (called only then, so a caller can make names unique in term order).
    /// </summary>
    public static TermExport Make(string term, (TermList List, TermBlocks Blocks, string Counts) made, SearchExportOptions options, Func<string, string> name)
    {
        var (list, blocks, counts) = made;
        if (!options.HasOwnFiles(blocks.Chars))
            return new TermExport(term, new TermHeader(list.Count, list.DocFreqs, counts, blocks.Frontiers, null, blocks.Postings), blocks, counts, null);
        var own = name(term);
        var renamed = own == OwnFiles.Name(term) ? null : own;
        return new TermExport(term, new TermHeader(list.Count, list.DocFreqs, null, blocks.Frontiers, renamed, null, blocks.MapStarts), blocks, counts, own);
    }

    /// <summary>Writes the term's own files (nothing for an inline term).</summary>
    public void WriteOwn(ShardWriter writer)
    {
        if (OwnName is null)
            return;
        for (var b = 0; b < Blocks.Postings.Length; b++)
        {
            writer.Write(SearchShards.OwnBlock(OwnName, b), new OwnBlockFile(Blocks.Postings[b], b == 0 ? Counts : null));
            foreach (var (key, text) in OwnPositionFiles.Files(OwnName, b, Blocks.Positions[b]))
                writer.Write(key, text);
        }
        var map = Blocks.Map ?? throw new InvalidOperationException($"the term {Term} has files of its own but no map");
        for (var p = 0; p < map.Length; p++)
            writer.Write(SearchShards.OwnMap(OwnName, p), map[p]);
    }

    /// <summary>
    /// The keys of the term's own files, from its header (empty for an inline term); a block's
    /// position pieces after the first as far as <paramref name="exists"/> finds them.
    /// </summary>
    public static IEnumerable<string> OwnKeys(string term, TermHeader header, Func<string, bool> exists)
    {
        if (header.X is not null)
            yield break;
        var name = header.F ?? OwnFiles.Name(term);
        for (var b = 0; b < header.S.Length; b++)
        {
            yield return SearchShards.OwnBlock(name, b);
            yield return SearchShards.OwnPositions(name, b, 0);
            for (var piece = 1; exists(SearchShards.OwnPositions(name, b, piece)); piece++)
                yield return SearchShards.OwnPositions(name, b, piece);
        }
        for (var p = 0; p <= (header.M?.Length ?? 0); p++)
            yield return SearchShards.OwnMap(name, p);
    }

    static long Chars(string[]? texts) => texts?.Sum(x => (long)x.Length + 3) ?? 0;
}
