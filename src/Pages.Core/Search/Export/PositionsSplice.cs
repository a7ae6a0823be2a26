namespace Pages.Search.Export;

/// <summary>
/// Replaces some documents' positions in a published block, leaving its postings as they are.
/// Text inserted into or removed from an article moves the positions of every term after it
/// without changing any term's frequencies or the article's norms (a norm byte is a coarse
/// length): such a term's header and postings stay byte for byte, and only its positions text
/// changes. Reading the block and writing its positions again is far cheaper than reading the
/// term back and exporting it again, and gives the same bytes (<see cref="BlockCodec"/>).
/// </summary>
internal static class PositionsSplice
{
    /// <summary>
    /// The block's positions text with the positions of the documents in <paramref name="replaced"/>
    /// (per field, null where the field lacks the term) put in; null when the texts are malformed
    /// or a document's frequencies are not its new positions' counts. <paramref name="found"/>
    /// counts the documents of <paramref name="replaced"/> the block holds.
    /// </summary>
    public static string? Replace(string postings, string positions, int fields, int piecePositions, IReadOnlyDictionary<int, int[]?[]> replaced, out int found)
    {
        found = 0;
        var block = new BlockPostings(fields);
        if (!BlockCodec.Decode(postings, positions, block, piecePositions))
            return null;
        found = block.Docs.Count(replaced.ContainsKey);
        // Most blocks an inline term is searched in hold none of the documents: kept as they are
        // (the same string, nothing made).
        if (found == 0)
            return positions;
        var at = 0;
        for (var i = 0; i < block.Count; i++)
        {
            replaced.TryGetValue(block.Docs[i], out var fresh);
            for (var f = 0; f < fields; f++)
            {
                var freq = block.Freq(i, f);
                if (fresh is not null && (fresh[f]?.Length ?? 0) != freq)
                    return null;
                if (fresh?[f] is { } moved)
                    for (var j = 0; j < freq; j++)
                        block.Positions[at + j] = moved[j];
                at += freq;
            }
        }
        return BlockCodec.Positions(block, piecePositions);
    }
}
