namespace Pages.Search.Export;

/// <summary>
/// A large term's block positions in files of their own, a piece a file
/// (<see cref="SearchShards.OwnPositions"/>, <see cref="BlockCodec.PieceEnds"/>): in memory the
/// pieces are one text joined by <see cref="BlockCodec.PieceSeparator"/>, as <see cref="BlockCodec"/>
/// writes and reads them.
/// </summary>
internal static class OwnPositionFiles
{
    /// <summary>The files a block's positions go in: key and text, a piece each.</summary>
    public static IEnumerable<(string Key, string Text)> Files(string name, int block, string positions) =>
        positions.Split(BlockCodec.PieceSeparator).Select((text, piece) => (SearchShards.OwnPositions(name, block, piece), text));

    /// <summary>The keys of every piece of a published block (one the update no longer has).</summary>
    public static IEnumerable<string> All(string name, int block, string positions) =>
        Enumerable.Range(0, Count(positions)).Select(piece => SearchShards.OwnPositions(name, block, piece));

    /// <summary>The keys of a published block's pieces that its new positions no longer have.</summary>
    public static IEnumerable<string> Dropped(string name, int block, string before, string after) =>
        Enumerable.Range(0, Count(before)).Skip(Count(after)).Select(piece => SearchShards.OwnPositions(name, block, piece));

    /// <summary>
    /// A published block's positions, its pieces read and joined; null when the postings are not a
    /// block or a piece is missing. How many pieces: from the postings' frequencies.
    /// </summary>
    public static string? Read(string name, int block, string postings, int fields, int piecePositions, Func<string, string?> read)
    {
        if (BlockCodec.PieceCount(postings, fields, piecePositions) is not { } count)
            return null;
        var pieces = new string[count];
        for (var piece = 0; piece < count; piece++)
            if ((pieces[piece] = read(SearchShards.OwnPositions(name, block, piece))!) is null)
                return null;
        return string.Join(BlockCodec.PieceSeparator, pieces);
    }

    static int Count(string positions) => positions.Count(c => c == BlockCodec.PieceSeparator) + 1;
}
