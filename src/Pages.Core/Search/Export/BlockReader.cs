namespace Pages.Search.Export;

/// <summary>
/// Reads a published block back (the inverse of <see cref="TermBlocks"/>' encoding,
/// <see cref="BlockCodec"/>), posting by posting. Mirrors <c>readBlock</c> in theme/assets/search/engine.js.
/// </summary>
internal static class BlockReader
{
    /// <summary>Hands each posting to <paramref name="posting"/> (document, field, norm byte, positions), in the block's order; false when the texts are malformed.</summary>
    public static bool Read(string postingsText, string positionsText, int fields, int piecePositions, Action<int, int, byte, int[]> posting)
    {
        var block = new BlockPostings(fields);
        if (!BlockCodec.Decode(postingsText, positionsText, block, piecePositions))
            return false;
        var at = 0;
        for (var i = 0; i < block.Count; i++)
            for (var f = 0; f < fields; f++)
            {
                var freq = block.Freq(i, f);
                if (freq == 0)
                    continue;
                posting(block.Docs[i], f, block.Norm(i, f), block.Positions.GetRange(at, freq).ToArray());
                at += freq;
            }
        return true;
    }
}
