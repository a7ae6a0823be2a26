namespace Pages.Search.Export;

/// <summary>
/// Reads a published block back (the inverse of <see cref="TermBlocks"/>' encoding,
/// <see cref="BlockCodec"/>), posting by posting. Mirrors <c>readBlock</c> in theme/assets/search/engine.js.
/// </summary>
internal static class BlockReader
{
    /// <summary>
    /// Hands each posting to <paramref name="posting"/> (document, field, norm byte, positions), in
    /// the block's order; false when the texts are malformed. The positions are slices of one array
    /// for the whole block, the receiver's to keep: a term read back whole (<see cref="TermReader"/>)
    /// has thousands of postings, and an array for each was most of what reading it allocated. (A
    /// term updated block by block decodes into a <see cref="PostingPool"/> instead.)
    /// </summary>
    public static bool Read(string postingsText, string positionsText, int fields, int piecePositions, Action<int, int, byte, ReadOnlyMemory<int>> posting)
    {
        // One block's lists a thread, kept: an update reads thousands of blocks, and lists grown
        // afresh for each were a good part of what it allocated.
        var block = scratch is { } s && s.Fields == fields ? s : scratch = new BlockPostings(fields);
        block.Clear();
        if (!BlockCodec.Decode(postingsText, positionsText, block, piecePositions))
            return false;
        var positions = block.Positions.ToArray().AsMemory();
        var at = 0;
        for (var i = 0; i < block.Count; i++)
            for (var f = 0; f < fields; f++)
            {
                var freq = block.Freq(i, f);
                if (freq == 0)
                    continue;
                posting(block.Docs[i], f, block.Norm(i, f), positions.Slice(at, freq));
                at += freq;
            }
        return true;
    }

    [ThreadStatic]
    static BlockPostings? scratch;
}
