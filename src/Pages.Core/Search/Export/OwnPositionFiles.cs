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

    /// <summary>
    /// A published block's positions, its pieces read and joined; null when the postings are not a
    /// block or a piece is missing. How many pieces: from the postings' frequencies.
    /// </summary>
    public static string? Read(string name, int block, string postings, int fields, int piecePositions, Func<string, string?> read) =>
        BlockCodec.PieceCount(postings, fields, piecePositions) is { } count && Pieces(name, block, count, read) is { } pieces
            ? string.Join(BlockCodec.PieceSeparator, pieces)
            : null;

    /// <summary>A published block's <paramref name="count"/> pieces of positions, as they are; null when one is missing.</summary>
    public static string[]? Pieces(string name, int block, int count, Func<string, string?> read)
    {
        var pieces = new string[count];
        for (var piece = 0; piece < count; piece++)
            if ((pieces[piece] = read(SearchShards.OwnPositions(name, block, piece))!) is null)
                return null;
        return pieces;
    }
}
