namespace Pages.Search.Export;

/// <summary>
/// Reads a published block back (the inverse of <see cref="TermBlocks"/>' encoding): postings as
/// per document its gap, field mask, and per field in the mask frequency and norm byte; positions
/// as gaps, per document and field. Mirrors <c>readBlock</c> in theme/assets/search/engine.js.
/// </summary>
internal static class BlockReader
{
    /// <summary>Hands each posting to <paramref name="posting"/> (document, field, norm byte, positions), in the block's order; false when the texts are malformed.</summary>
    public static bool Read(string postingsText, string positionsText, int fields, Action<int, int, byte, int[]> posting)
    {
        var (v, x) = (PostingsCodec.Read(postingsText), PostingsCodec.Read(positionsText));
        var (i, k, doc) = (0, 0, -1);
        while (i < v.Count)
        {
            doc += v[i++];
            if (i >= v.Count)
                return false;
            var mask = v[i++];
            for (var f = 0; f < fields; f++)
            {
                if ((mask & (1 << f)) == 0)
                    continue;
                if (i + 1 >= v.Count || k + v[i] > x.Count)
                    return false;
                var (at, norm, position) = (new int[v[i]], (byte)v[i + 1], -1);
                i += 2;
                for (var j = 0; j < at.Length; j++)
                    at[j] = position += x[k++];
                posting(doc, f, norm, at);
            }
        }
        return k == x.Count;
    }
}
