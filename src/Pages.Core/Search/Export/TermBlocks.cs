using System.Text.Json.Serialization;

namespace Pages.Search.Export;

/// <summary>
/// A term's entry in its t/ bucket: what the client needs before reading any posting.
/// Mirrored by <c>Engine.prototype.header</c> in theme/assets/search/engine.js. Nothing in it
/// depends on other terms or on the archive's statistics, so it changes only when the term's own
/// postings do.
/// </summary>
/// <param name="N">Documents holding the term in any field: the exact total of a one-term query.</param>
/// <param name="Df">Lucene's docFreq per searchable field (0: the field lacks the term), for idf.</param>
/// <param name="C">Its documents per facet value (<see cref="FacetIndex.Counts"/>), for a one-term query's
/// filter counts; for a term with files of its own, in its first block's file instead.</param>
/// <param name="S">Per block, its <see cref="Frontier"/>: the client's bound of the block's scores.</param>
/// <param name="F">The name of the term's own files when it is not <see cref="OwnFiles.Name"/> (two terms with one hash).</param>
/// <param name="X">The blocks' postings, when inline (a term without files of its own): written in
/// its i/ bucket, not in the header (<see cref="SearchShards.InlineBucket"/>).</param>
/// <param name="M">For a term with files of its own whose <see cref="BlockMap"/> is in more than one
/// part, the first document of each part after the first.</param>
public sealed record TermHeader(
    int N,
    int[] Df,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? C,
    string[] S,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? F,
    [property: JsonIgnore] string[]? X,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int[]? M = null)
{
    /// <summary>1 for an inline term (its postings in the i/ bucket), absent for one with files of its own.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? I => X is null ? null : 1;
}

/// <summary>A block in a file of its own (x/…): its postings, and for the first block the term's facet counts.</summary>
public sealed record OwnBlockFile(
    string P,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? C);

/// <summary>A term's postings cut into blocks by impact, with each block's frontier and positions beside it.</summary>
/// <param name="LastKeys">Per block, the <see cref="ImpactScore.Key"/> of its last posting in impact
/// order: where a posting of a given impact is (kept in the build cache, not exported).</param>
/// <param name="Map">Which block holds each document (<see cref="BlockMap"/>), in parts, for a term
/// whose blocks are long enough to go in files of their own; null for an inline term.</param>
/// <param name="MapStarts">The first document of each part of the map after the first (<see cref="TermHeader.M"/>).</param>
public sealed record TermBlocks(string[] Frontiers, string[] Postings, string[] Positions, long[] LastKeys, string[]? Map, int[]? MapStarts)
{
    /// <summary>No blocks: a term whose blocks were written, or were not read, where only its header matters.</summary>
    public static TermBlocks None { get; } = new([], [], [], [], null, null);

    public int Chars => Postings.Sum(p => p.Length);

    /// <summary>
    /// Orders the term's documents by <see cref="ImpactScore"/> (best first, then by document
    /// number) and cuts them into blocks where <see cref="BlockCuts"/> says: the first about
    /// <see cref="SearchExportOptions.FirstBlock"/> long, each next one about twice the last up to
    /// <see cref="SearchExportOptions.MaxBlock"/>. A query that has its top results from the first
    /// blocks never loads the rest. Within a block documents are in document order, so their
    /// numbers are written as small gaps.
    /// </summary>
    public static TermBlocks Make(TermList list, byte[][] norms, SearchExportOptions options)
    {
        var ranked = Ranked(list);
        var (frontiers, postings, positions, lastKeys, ends) = (new List<string>(), new List<string>(), new List<string>(), new List<long>(), new List<int>());
        var (start, chars) = (0, 0L);
        Func<int, int> doc = i => list.Docs[ranked[i]];
        while (start < ranked.Length)
        {
            var end = BlockCuts.End(start, ranked.Length, ends.Count, doc, options) is var e and >= 0 ? e : ranked.Length;
            var block = ranked[start..end];
            frontiers.Add(Frontier.Of(list, norms, block));
            lastKeys.Add(ImpactScore.Key(list.Scores[block[^1]], list.Docs[block[^1]]));
            Array.Sort(block);
            var (p, x) = Encode(list, norms, block, options.PiecePositions);
            postings.Add(p);
            positions.Add(x);
            chars += p.Length;
            start = end;
            ends.Add(start);
        }
        var (map, starts) = options.HasOwnFiles(chars) ? BlockMap.Of(list.Docs, ranked, ends, options.MapPart) : (null, null);
        return new TermBlocks([.. frontiers], [.. postings], [.. positions], [.. lastKeys], map, starts);
    }

    [ThreadStatic]
    static BlockPostings? scratch;

    /// <summary>
    /// The term's entries by impact, best first, then by document. Sorted as one number per entry
    /// (the impact's bits inverted above the entry's index): a non-negative float's bits order as
    /// the float does, and numbers sort several times faster than through a comparison.
    /// </summary>
    static int[] Ranked(TermList list)
    {
        var keys = new long[list.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = ImpactScore.Key(list.Scores[i], i); // by index: documents are ascending, so ties fall in document order
        Array.Sort(keys);
        var ranked = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            ranked[i] = (int)(keys[i] & 0xFFFFFFFF);
        return ranked;
    }

    /// <summary>The block of the entries <paramref name="entries"/> (in document order), as <see cref="BlockCodec"/> writes it.</summary>
    static (string Postings, string Positions) Encode(TermList list, byte[][] norms, int[] entries, int piecePositions)
    {
        // One buffer per thread: the export encodes millions of blocks.
        var block = scratch is { } s && s.Fields == list.FieldCount ? s : scratch = new BlockPostings(list.FieldCount);
        block.Clear();
        foreach (var i in entries)
        {
            var doc = list.Docs[i];
            block.Add(doc);
            for (var f = 0; f < list.FieldCount; f++)
            {
                var slot = list.Slots[i * list.FieldCount + f];
                if (slot < 0)
                    continue;
                var field = list.Fields[f]!;
                var from = list.PositionStarts[i * list.FieldCount + f];
                block.Field(f, norms[f][doc], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(field.Positions).Slice(from, field.Freqs[slot]));
            }
        }
        return BlockCodec.Encode(block, piecePositions);
    }
}
