using System.Text;
using System.Text.Json.Serialization;

namespace Pages.Search.Export;

/// <summary>
/// A term's entry in its t/ bucket: what the client needs before reading any posting.
/// Mirrored by <c>Engine.prototype.header</c> in theme/assets/search/engine.js.
/// </summary>
/// <param name="N">Documents holding the term in any field: the exact total of a one-term query.</param>
/// <param name="Df">Lucene's docFreq per searchable field (0: the field lacks the term), for idf.</param>
/// <param name="C">Its documents per facet value (<see cref="FacetIndex.Counts"/>), for a one-term query's filter counts.</param>
/// <param name="K">Per block, an upper bound of the clause scores in it (the first block's is the term's best).</param>
/// <param name="F">The number of the own files holding its blocks (<see cref="SearchShards.OwnBlock"/>), or null when inline.</param>
/// <param name="X">The blocks' postings, when inline.</param>
public sealed record TermHeader(
    int N,
    int[] Df,
    string C,
    decimal[] K,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? F,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? X);

/// <summary>A term's postings cut into blocks by impact, with the positions of each block beside it.</summary>
public sealed record TermBlocks(decimal[] Bounds, string[] Postings, string[] Positions)
{
    public int Chars => Postings.Sum(p => p.Length);

    /// <summary>
    /// Orders the term's documents by clause score (best first, then by document number, the
    /// order Lucene ranks ties in) and cuts them into blocks: the first <see cref="SearchExportOptions.FirstBlock"/>
    /// long, each next one twice the last up to <see cref="SearchExportOptions.MaxBlock"/>. A query
    /// that has its top results from the first blocks never loads the rest. Within a block documents
    /// are in document order, so their numbers are written as small gaps.
    /// </summary>
    public static TermBlocks Make(TermList list, byte[][] norms, SearchExportOptions options)
    {
        var ranked = Ranked(list);
        var (bounds, postings, positions) = (new List<decimal>(), new List<string>(), new List<string>());
        var (start, size) = (0, options.FirstBlock);
        while (start < ranked.Length)
        {
            var block = ranked[start..Math.Min(ranked.Length, start + size)];
            bounds.Add(RoundUp(list.Scores[block[0]]));
            Array.Sort(block);
            var (p, x) = Encode(list, norms, block);
            postings.Add(p);
            positions.Add(x);
            start += block.Length;
            size = Math.Min(size * 2, options.MaxBlock);
        }
        return new TermBlocks([.. bounds], [.. postings], [.. positions]);
    }

    [ThreadStatic]
    static StringBuilder? postingsText, positionsText;

    /// <summary>
    /// The term's entries by score, best first, then by document. Sorted as one number per entry
    /// (the score's bits inverted above the entry's index): a non-negative float's bits order as
    /// the float does, and numbers sort several times faster than through a comparison.
    /// </summary>
    static int[] Ranked(TermList list)
    {
        var keys = new long[list.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = ((long)~BitConverter.SingleToUInt32Bits(Math.Max(0f, list.Scores[i])) << 32) | (uint)i;
        Array.Sort(keys);
        var ranked = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
            ranked[i] = (int)(keys[i] & 0xFFFFFFFF);
        return ranked;
    }

    /// <summary>
    /// Postings: per document its gap, field mask, and per field in the mask its frequency and norm
    /// byte. Positions: per document and field, as gaps.
    /// </summary>
    static (string Postings, string Positions) Encode(TermList list, byte[][] norms, int[] entries)
    {
        // One pair of builders per thread, grown once: the export encodes millions of blocks, and
        // growing a new builder for each cost more than the encoding.
        var (p, x) = (postingsText ??= new StringBuilder(), positionsText ??= new StringBuilder());
        p.Clear();
        x.Clear();
        var previous = -1;
        foreach (var i in entries)
        {
            var doc = list.Docs[i];
            PostingsCodec.Write(p, doc - previous);
            previous = doc;
            PostingsCodec.Write(p, list.Mask(i));
            for (var f = 0; f < list.FieldCount; f++)
            {
                var slot = list.Slots[i * list.FieldCount + f];
                if (slot < 0)
                    continue;
                var field = list.Fields[f]!;
                var freq = field.Freqs[slot];
                PostingsCodec.Write(p, freq);
                PostingsCodec.Write(p, norms[f][doc]);
                var (from, last) = (list.PositionStarts[i * list.FieldCount + f], -1);
                for (var k = from; k < from + freq; k++)
                {
                    PostingsCodec.Write(x, field.Positions[k] - last);
                    last = field.Positions[k];
                }
            }
        }
        return (p.ToString(), x.ToString());
    }

    /// <summary>
    /// The score rounded up to five significant digits: a bound only has to be no lower than the
    /// scores it covers, and five digits print in half the characters of a float's shortest form.
    /// </summary>
    static decimal RoundUp(float score)
    {
        if (score <= 0)
            return 0;
        var exact = (decimal)(double)score;
        var scale = (decimal)Math.Pow(10, Math.Floor(Math.Log10(score)) - 4);
        var up = Math.Ceiling(exact / scale) * scale;
        return up / 1.000000000000000000000000000000000m;
    }
}
