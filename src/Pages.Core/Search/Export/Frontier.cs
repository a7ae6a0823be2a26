using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// A block's bound, in a form that does not depend on the archive: the block's postings that no
/// other posting in it beats in every field on both frequency and norm byte (its Pareto frontier).
/// A field's BM25 score grows with the frequency and with the norm byte (a higher byte is a
/// shorter field), so under any statistics the block's best score is one of these postings'
/// scores: the client scores them with the archive's real statistics and gets the block's exact
/// maximum. Written as postings without a document number: field mask, then per field in the mask
/// frequency and norm byte (<see cref="PostingsCodec"/>), one after another.
/// </summary>
public static class Frontier
{
    /// <summary>
    /// At most this many postings are written; when a frontier has more, the rest are replaced by
    /// their field-by-field maximum, which beats each of them and so still bounds the block.
    /// </summary>
    public const int MaxPoints = 8;

    /// <summary>Writes the point of a block's <paramref name="i"/>-th posting into <paramref name="point"/>.</summary>
    public delegate void PointOf(int i, Span<int> point);

    /// <summary>The frontier of <paramref name="entries"/> (indexes into the list, best impact first).</summary>
    public static string Of(TermList list, byte[][] norms, int[] entries) => Of(entries.Length, list.FieldCount, (i, point) =>
    {
        for (var f = 0; f < list.FieldCount; f++)
        {
            var freq = list.Freq(entries[i], f);
            (point[f * 2], point[f * 2 + 1]) = freq > 0 ? (freq, norms[f][list.Docs[entries[i]]]) : (0, 0);
        }
    });

    /// <summary>
    /// The frontier of <paramref name="count"/> postings, best impact first, each given as a point
    /// (per field its frequency and norm byte, both 0 where the field lacks the term). One scratch
    /// point, copied only when kept: the export computes this for every posting, an update for
    /// every posting of the blocks it writes again.
    /// </summary>
    public static string Of(int count, int fields, PointOf pointOf)
    {
        Span<int> point = stackalloc int[fields * 2];
        var kept = new List<int[]>();
        for (var i = 0; i < count; i++)
        {
            pointOf(i, point);
            if (!Beaten(kept, point))
                kept.Add(point.ToArray());
        }
        return Write(kept, fields);
    }

    /// <summary>In impact order, a posting can only be beaten everywhere by one already kept.</summary>
    static bool Beaten(List<int[]> kept, ReadOnlySpan<int> point)
    {
        foreach (var k in kept)
            if (Covers(k, point))
                return true;
        return false;
    }

    static string Write(List<int[]> kept, int fields)
    {
        if (kept.Count > MaxPoints)
        {
            var rest = new int[fields * 2];
            foreach (var point in kept.Skip(MaxPoints - 1))
                for (var c = 0; c < rest.Length; c++)
                    rest[c] = Math.Max(rest[c], point[c]);
            kept = [.. kept.Take(MaxPoints - 1), rest];
        }
        var text = new StringBuilder(kept.Count * 4);
        foreach (var point in kept)
        {
            var mask = 0;
            for (var f = 0; f < fields; f++)
                if (point[f * 2] > 0)
                    mask |= 1 << f;
            PostingsCodec.Write(text, mask);
            for (var f = 0; f < fields; f++)
            {
                if (point[f * 2] == 0)
                    continue;
                PostingsCodec.Write(text, point[f * 2]);
                PostingsCodec.Write(text, point[f * 2 + 1]);
            }
        }
        return text.ToString();
    }

    /// <summary>Whether <paramref name="a"/> scores at least as high as <paramref name="b"/> in every field under any statistics.</summary>
    static bool Covers(int[] a, ReadOnlySpan<int> b)
    {
        for (var c = 0; c < a.Length; c += 2)
        {
            if (b[c] == 0)
                continue;
            if (a[c] < b[c] || a[c + 1] < b[c + 1])
                return false;
        }
        return true;
    }
}
