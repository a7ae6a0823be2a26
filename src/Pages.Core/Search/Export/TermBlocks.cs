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
/// <param name="K">An upper bound of the head's scores (the term's best), then, when it has a tail, of the tail's.</param>
/// <param name="F">The number of the own files holding its head and tail chunks (x/{F}/…, y/{F}/…), or null when inline.</param>
/// <param name="X">The head's postings, when inline (its positions are then in the p/ bucket).</param>
/// <param name="J">The tail's chunk width is 2^J documents: chunk c holds documents c·2^J to (c+1)·2^J − 1.</param>
/// <param name="T">The tail's chunks that hold documents: per chunk its number (as a gap) and its bound in 31sts of the tail's (see <see cref="TermBlocks.Levels"/>).</param>
public sealed record TermHeader(
    int N,
    int[] Df,
    string C,
    decimal[] K,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? F,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? X,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? J,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? T);

/// <summary>One tail chunk: its number and its postings and positions text.</summary>
public readonly record struct TailChunk(int Number, string Postings, string Positions);

/// <summary>
/// A term's postings in two parts. The head: the documents its clause scores best (the first
/// <see cref="SearchExportOptions.HeadSize"/> by score, ties by document number as Lucene ranks
/// them), which is all a one-term query's first pages read. The tail: every other document, in
/// document order, cut at fixed document ranges (2^J documents, J chosen so a chunk holds about
/// <see cref="SearchExportOptions.ChunkPostings"/> postings), each with a bound of its scores. The
/// document ranges are what a conjunction or a phrase needs: a candidate found in a rare term is
/// looked up in a frequent term by loading only the chunk that covers it, and every term's ranges
/// nest (powers of two), so the client bounds a range of documents from each term's chunk bounds.
/// </summary>
public sealed record TermBlocks(decimal[] Bounds, string Head, string HeadPositions, int Level, string Directory, TailChunk[] Tail, TermMembers? Members)
{
    /// <summary>A chunk's bound is written as q in 1..Levels, meaning the tail's bound × q / Levels (one codec character).</summary>
    public const int Levels = 31;

    public int HeadChars => Head.Length;

    public static TermBlocks Make(TermList list, byte[][] norms, SearchExportOptions options)
    {
        var order = Enumerable.Range(0, list.Count).ToArray();
        Array.Sort(order, (a, b) => list.Scores[b].CompareTo(list.Scores[a]) is var c && c != 0 ? c : a.CompareTo(b));
        var headCount = Math.Min(options.HeadSize, list.Count);
        var head = order[..headCount];
        Array.Sort(head);
        var (headPostings, headPositions) = Encode(list, norms, head, -1);
        var headMax = RoundUp(list.Scores[order[0]]);
        if (headCount == list.Count)
            return new TermBlocks([headMax], headPostings, headPositions, 0, "", [], null);

        var tail = order[headCount..];
        Array.Sort(tail);
        var tailMaxScore = list.Scores[order[headCount]];
        var tailMax = RoundUp(tailMaxScore);
        var width = (double)options.ChunkPostings * norms[0].Length / tail.Length;
        var level = width <= 1 ? 0 : (int)Math.Floor(Math.Log2(width));
        var (chunks, directory) = (new List<TailChunk>(), new StringBuilder());
        var previous = -1;
        for (var start = 0; start < tail.Length;)
        {
            var number = list.Docs[tail[start]] >> level;
            var end = start;
            var max = 0f;
            while (end < tail.Length && list.Docs[tail[end]] >> level == number)
                max = Math.Max(max, list.Scores[tail[end++]]);
            var (p, x) = Encode(list, norms, tail[start..end], (number << level) - 1);
            chunks.Add(new TailChunk(number, p, x));
            PostingsCodec.Write(directory, number - previous);
            PostingsCodec.Write(directory, Quantize(max, tailMaxScore));
            previous = number;
            start = end;
        }
        return new TermBlocks([headMax, tailMax], headPostings, headPositions, level, directory.ToString(), [.. chunks], TermMembers.Of(list.Docs, norms[0].Length));
    }

    /// <summary>
    /// The smallest q with tailMax × q / Levels at or above the chunk's best score. The client
    /// multiplies the rounded-up tail bound, so a margin of one part in a billion covers its double rounding.
    /// </summary>
    static int Quantize(float max, float tailMax) =>
        Math.Clamp((int)Math.Ceiling(max / (double)tailMax * Levels * (1 + 1e-9)), 1, Levels);

    /// <summary>
    /// Postings: per document its gap (from <paramref name="before"/>), field mask, and per field in
    /// the mask its frequency and norm byte. Positions: per document and field, as gaps.
    /// </summary>
    static (string Postings, string Positions) Encode(TermList list, byte[][] norms, int[] entries, int before)
    {
        var (p, x) = (new StringBuilder(entries.Length * 5), new StringBuilder(entries.Length * 8));
        var previous = before;
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
                var (start, last) = (list.PositionStarts[i * list.FieldCount + f], -1);
                for (var k = start; k < start + freq; k++)
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
