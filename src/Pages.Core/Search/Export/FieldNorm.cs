using Lucene.Net.Util;

namespace Pages.Search.Export;

/// <summary>
/// The norm byte Lucene's BM25Similarity stores for a field (discountOverlaps on, its default):
/// SmallFloat.floatToByte315(1 / sqrt(length)), the length not counting tokens at position
/// increment 0 (the bigrams). Computed here so the export needs no Lucene index; the tests check
/// it against the norms Lucene writes.
/// </summary>
public static class FieldNorm
{
    /// <summary>The norm byte of a field of this many tokens, overlapping ones not counted.</summary>
    public static byte Encode(int length) => SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(length));
}
