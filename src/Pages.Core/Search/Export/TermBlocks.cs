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
/// <param name="F">The number of the own files holding its blocks (x/{F}/{block}, y/{F}/{block}), or null when inline.</param>
/// <param name="X">The blocks' postings, when inline.</param>
public sealed record TermHeader(
    int N,
    int[] Df,
    string C,
    decimal[] K,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? F,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? X);

/// <summary>A term's postings cut into blocks by impact, with the positions of each block beside it.</summary>
public sealed record TermBlocks(int[] DocFreqs, int Count, decimal[] Bounds, string[] Postings, string[] Positions)
{
    public int Chars => Postings.Sum(p => p.Length);

    /// <summary>
    /// Orders the term's documents by clause score (best first, then by document number, the
    /// order Lucene ranks ties in) and cuts them into blocks: the first <see cref="SearchExportOptions.FirstBlock"/>
    /// long, each next one twice the last up to <see cref="SearchExportOptions.MaxBlock"/>. A query
    /// that has its top results from the first blocks never loads the rest. Within a block documents
    /// are in document order, so their numbers are written as small gaps.
    /// </summary>
    public static TermBlocks Make(List<TermOccurrence> docs, int[] docFreqs, ImpactScore impact, SearchExportOptions options)
    {
        var weights = impact.Weights(docFreqs);
        foreach (var d in docs)
            d.Score = impact.Score(weights, d.Freqs, d.Norms);
        var ranked = docs.OrderByDescending(d => d.Score).ThenBy(d => d.Doc).ToList();
        var (bounds, postings, positions) = (new List<decimal>(), new List<string>(), new List<string>());
        var (start, size) = (0, options.FirstBlock);
        while (start < ranked.Count)
        {
            var block = ranked.GetRange(start, Math.Min(size, ranked.Count - start));
            bounds.Add(RoundUp(block[0].Score));
            block.Sort((a, b) => a.Doc.CompareTo(b.Doc));
            var (p, x) = Encode(block);
            postings.Add(p);
            positions.Add(x);
            start += block.Count;
            size = Math.Min(size * 2, options.MaxBlock);
        }
        return new TermBlocks(docFreqs, docs.Count, [.. bounds], [.. postings], [.. positions]);
    }

    /// <summary>Postings: per document its gap, field mask, and per field in the mask its frequency and norm byte. Positions: per document and field, as gaps.</summary>
    static (string Postings, string Positions) Encode(List<TermOccurrence> block)
    {
        var (p, x) = (new StringBuilder(), new StringBuilder());
        var previous = -1;
        foreach (var d in block)
        {
            PostingsCodec.Write(p, d.Doc - previous);
            previous = d.Doc;
            var mask = d.Mask;
            PostingsCodec.Write(p, mask);
            for (var f = 0; f < d.Freqs.Length; f++)
            {
                if ((mask & (1 << f)) == 0)
                    continue;
                PostingsCodec.Write(p, d.Freqs[f]);
                PostingsCodec.Write(p, d.Norms[f]);
                var last = -1;
                foreach (var position in d.Positions[f])
                {
                    PostingsCodec.Write(x, position - last);
                    last = position;
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
        return up.Normalize();
    }
}

file static class DecimalExtensions
{
    /// <summary>Drops trailing zeros so the number prints short.</summary>
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
