using Lucene.Net.Util;

namespace Pages.Search.Export;

/// <summary>
/// The norm byte Lucene's BM25Similarity stores for a field (discountOverlaps on, its default):
/// the field's length without tokens at position increment 0 (the bigrams), encoded as
/// SmallFloat.floatToByte315(1 / sqrt(length)). Computed here so the export needs no Lucene index;
/// the tests check it against the norms Lucene writes.
/// </summary>
public static class FieldNorm
{
    public static byte Of(IReadOnlyList<SearchToken> tokens)
    {
        var (length, last) = (0, -1);
        foreach (var token in tokens)
        {
            if (token.Position != last)
                length++;
            last = token.Position;
        }
        return SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(length));
    }
}
