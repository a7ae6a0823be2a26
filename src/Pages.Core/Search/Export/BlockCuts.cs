using System.Numerics;

namespace Pages.Search.Export;

/// <summary>
/// Where a term's blocks end in its impact order (<see cref="TermBlocks"/>): block b aims at
/// <see cref="Target"/> postings (<see cref="SearchExportOptions.FirstBlock"/>, twice that for each
/// next block, up to <see cref="SearchExportOptions.MaxBlock"/>), and ends after at least half of
/// that at the first posting whose document's hash hits (one in half the target), or at twice the
/// target. Cut at fixed sizes, one posting that moved in the order (an article split in two, its
/// first half's frequencies fallen) moved every block boundary between its old and its new place,
/// and all those blocks were read and written again; cut where the documents say, the boundaries
/// after a change fall where they fell before as soon as one does, so an update rewrites the
/// blocks a posting leaves and enters (<see cref="OwnTermUpdate"/>). The client reads blocks in
/// order, bounded by their frontiers, and never depends on their sizes.
/// </summary>
internal static class BlockCuts
{
    /// <summary>The postings block <paramref name="block"/> aims at.</summary>
    public static int Target(int block, SearchExportOptions options) =>
        (int)Math.Min((long)options.FirstBlock << Math.Min(block, 30), options.MaxBlock);

    /// <summary>
    /// Where block <paramref name="block"/>, starting at <paramref name="start"/> of a list of
    /// <paramref name="count"/> postings whose documents <paramref name="doc"/> gives, ends (after its
    /// last posting); -1 when the list ends before a cut: its last block ends with the list.
    /// </summary>
    public static int End(int start, int count, int block, Func<int, int> doc, SearchExportOptions options) =>
        End(start, count, Target(block, options), doc);

    /// <summary>
    /// Where a run of about <paramref name="target"/> items that starts at <paramref name="start"/>
    /// ends: after at least half the target, at the first item whose document's hash hits, at most
    /// twice the target; -1 when the <paramref name="count"/> items end before a cut. Also cuts a
    /// term's block map into parts (<see cref="BlockMap"/>).
    /// </summary>
    public static int End(int start, int count, int target, Func<int, int> doc)
    {
        var (least, most) = (Math.Max(1, target / 2), Math.Max(1, target * 2));
        var bits = BitOperations.Log2((uint)least);
        for (var i = start + least - 1; i < count; i++)
            if (i - start + 1 >= most || Hits(doc(i), bits))
                return i + 1;
        return -1;
    }

    /// <summary>Whether the document's Fibonacci hash has its top <paramref name="bits"/> bits clear (one in 2^bits).</summary>
    static bool Hits(int doc, int bits) => bits == 0 || ((uint)doc * 2654435761u) >> (32 - bits) == 0;
}
