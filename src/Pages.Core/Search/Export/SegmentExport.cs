namespace Pages.Search.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Their bytes in all.</param>
/// <param name="StartupBytes">Bytes every search loads first (index.js).</param>
public sealed record SearchExportStats(int Documents, int Terms, int Files, long Bytes, long StartupBytes);

/// <summary>
/// Writes one segment of the index (<see cref="SearchSegments"/>): its terms' headers, blocks and
/// buckets and its facet values' files, from Pages' own <see cref="InvertedIndex"/> of the
/// segment's documents (numbered from the segment's first): the same postings and norm bytes as
/// the Lucene index `pages search` uses (the tests compare them), without writing a Lucene index
/// and reading it back. Terms are exported in parallel, in batches, so memory holds one batch's
/// encoded postings at a time. Nothing here depends on the other segment or on the archive's
/// statistics, which the start-up file carries (<see cref="SearchExport"/>).
/// </summary>
internal static class SegmentExport
{
    const int Batch = 1024;

    /// <summary>Writes the segment of <paramref name="docs"/> through <paramref name="writer"/> (which puts the segment's key before each file's), and returns what a later build needs to update it (<see cref="SegmentUpdate"/>).</summary>
    public static (SearchExportStats Stats, ExportState State) Export(IReadOnlyList<SearchDocument?> docs, ShardWriter writer, SearchExportOptions options)
    {
        var index = InvertedIndex.Build(docs);
        var facets = new FacetIndex(docs);
        WriteFacets(writer, facets);
        var (termBuckets, positionBuckets, terms) = WriteTerms(writer, index, facets, options);
        var state = new ExportState(SearchFormat.Version, options.ToString(), termBuckets.Count, positionBuckets.Count, termBuckets.Chars, positionBuckets.Chars,
            index.SumTotalTermFreq, [.. facets.Facets.Select(f => f.Values.Select(v => v.Value).ToArray())], index.Norms,
            SearchDocumentHash.All(docs), terms.Blocks, [.. Enumerable.Range(0, docs.Count).Select(facets.ValuesOf)]);
        return (new SearchExportStats(SearchExport.Documents(docs), terms.Count, writer.Files, writer.Bytes, 0), state);
    }

    internal static void WriteFacets(ShardWriter writer, FacetIndex facets)
    {
        foreach (var (number, list) in facets.ValueDocs())
            writer.Write(SearchShards.FacetValue(number), PostingsCodec.DocList(list));
    }

    /// <summary>
    /// Writes every term: a large one's blocks at once into files of their own, the headers and the
    /// small terms' blocks into hashed buckets.
    /// </summary>
    static ((int Count, long Chars) TermBuckets, (int Count, long Chars) PositionBuckets, (int Count, Dictionary<string, OwnTermState> Blocks) Terms) WriteTerms(
        ShardWriter writer, InvertedIndex index, FacetIndex facets, SearchExportOptions options)
    {
        var all = index.Terms.Keys.ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        var exports = new TermExport[all.Length];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lastKeys = new Dictionary<string, OwnTermState>(StringComparer.Ordinal);
        for (var from = 0; from < all.Length; from += Batch)
        {
            var count = Math.Min(Batch, all.Length - from);
            var made = new (TermList, TermBlocks, string)[count];
            Parallel.For(0, count, i => made[i] = TermExport.Prepare(all[from + i], index.Terms[all[from + i]], index.Norms, facets, options));
            for (var i = 0; i < count; i++)
                exports[from + i] = TermExport.Make(all[from + i], made[i], options, term => UniqueName(term, names));
            Parallel.For(0, count, i => exports[from + i].WriteOwn(writer));
            // Blocks are written; only the headers (and small terms' positions) are kept from here.
            for (var i = 0; i < count; i++)
            {
                if (exports[from + i].OwnName is not null)
                    lastKeys[all[from + i]] = new OwnTermState(exports[from + i].Blocks.LastKeys, exports[from + i].Blocks.Chars);
                exports[from + i] = exports[from + i] with { Blocks = exports[from + i].OwnName is null ? exports[from + i].Blocks : TermBlocks.None };
            }
        }
        var termChars = exports.Sum(e => e.HeaderChars);
        var positionChars = exports.Sum(e => e.PositionChars);
        var (termBuckets, positionBuckets) = (Buckets(termChars, options), PositionBuckets(positionChars, options));
        var inlineBuckets = InlineBuckets(termChars, options);
        var t = Enumerable.Range(0, termBuckets).Select(_ => new SortedDictionary<string, TermHeader>(StringComparer.Ordinal)).ToArray();
        var x = Enumerable.Range(0, inlineBuckets).Select(_ => new SortedDictionary<string, string[]>(StringComparer.Ordinal)).ToArray();
        var p = Enumerable.Range(0, positionBuckets).Select(_ => new SortedDictionary<string, string[]>(StringComparer.Ordinal)).ToArray();
        foreach (var e in exports)
        {
            t[TermBuckets.Of(e.Term, termBuckets)][e.Term] = e.Header;
            if (e.Header.X is { } inline)
                x[TermBuckets.Of(e.Term, inlineBuckets)][e.Term] = inline;
            if (e.InlinePositions is { } positions)
                p[TermBuckets.Of(e.Term, positionBuckets)][e.Term] = positions;
        }
        Parallel.For(0, termBuckets, b => writer.Write(SearchShards.TermBucket(b), t[b]));
        Parallel.For(0, inlineBuckets, b => writer.Write(SearchShards.InlineBucket(b), x[b]));
        Parallel.For(0, positionBuckets, b => writer.Write(SearchShards.PositionBucket(b), p[b]));
        return ((termBuckets, termChars), (positionBuckets, positionChars), (all.Length, lastKeys));
    }

    /// <summary>
    /// How many buckets: a power of two near the wanted size, so the count (and with it where
    /// every term lives) changes only when the archive's terms double or halve, not with each page.
    /// </summary>
    internal static int Buckets(long chars, SearchExportOptions options) => PowerOfTwo(chars / options.BucketChars);

    /// <summary>How many i/ buckets, from the size t/'s count is made from (<see cref="SearchExportOptions.InlineBucketChars"/>).</summary>
    internal static int InlineBuckets(long termChars, SearchExportOptions options) => PowerOfTwo(termChars / options.InlineBucketChars);

    /// <summary>How many p/ buckets (<see cref="SearchExportOptions.PositionBucketChars"/>).</summary>
    internal static int PositionBuckets(long chars, SearchExportOptions options) => PowerOfTwo(chars / options.PositionBucketChars);

    static int PowerOfTwo(long wanted) => (int)Math.Max(1, System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, wanted)));

    /// <summary>The term's own-file name, made unique among the terms named before it (in term order).</summary>
    static string UniqueName(string term, HashSet<string> names)
    {
        var name = OwnFiles.Name(term);
        for (var k = 1; !names.Add(name); k++)
            name = OwnFiles.Name(term) + "-" + k;
        return name;
    }
}
