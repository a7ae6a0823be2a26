namespace Pages.Search.Export;

/// <summary>
/// Reads a term's whole postings back from the published index (<see cref="BlockReader"/>), so
/// a rebuild can change the few documents of it that changed without indexing every other
/// document again.
/// </summary>
internal static class TermReader
{
    /// <summary>
    /// The term's postings per field, in document order; null when a file it needs is missing or
    /// unreadable (the caller then exports everything). <paramref name="loadBlock"/> and
    /// <paramref name="loadPositions"/> give an own file's data by key; <paramref name="inlinePositions"/> is the term's p/ bucket entry when it is inline.
    /// </summary>
    public static FieldPostings?[]? Read(string term, TermHeader header, string[]? inlinePositions, int fieldCount, int piecePositions,
        Func<string, OwnBlockFile?> loadBlock, Func<string, string?> loadPositions)
    {
        // A posting a document and field: at least one a document (grown from empty, the list made
        // twice its size in garbage). Bounded: the header is a published file's, trusted only so far.
        var entries = new List<(int Doc, int Field, ReadOnlyMemory<int> Positions)>(Math.Clamp(header.N, 0, 1 << 16));
        var blocks = header.S.Length;
        var name = header.F ?? OwnFiles.Name(term);
        for (var b = 0; b < blocks; b++)
        {
            string? postings, positions;
            if (header.X is { } inline)
                (postings, positions) = (inline[b], inlinePositions is { } p && b < p.Length ? p[b] : null);
            else
            {
                postings = loadBlock(SearchShards.OwnBlock(name, b))?.P;
                positions = postings is null ? null : OwnPositionFiles.Read(name, b, postings, fieldCount, piecePositions, loadPositions);
            }
            if (postings is null || positions is null || !Decode(postings, positions, fieldCount, piecePositions, entries))
                return null;
        }
        entries.Sort((a, b) => a.Doc != b.Doc ? a.Doc.CompareTo(b.Doc) : a.Field.CompareTo(b.Field));
        var fields = new FieldPostings?[fieldCount];
        foreach (var (doc, field, at) in entries)
        {
            var list = fields[field] ??= new FieldPostings();
            list.Docs.Add(doc);
            list.Freqs.Add(at.Length);
            list.Positions.AddRange(at.Span);
        }
        return fields;
    }

    static bool Decode(string postingsText, string positionsText, int fieldCount, int piecePositions, List<(int, int, ReadOnlyMemory<int>)> entries) =>
        BlockReader.Read(postingsText, positionsText, fieldCount, piecePositions, (doc, f, _, at) => entries.Add((doc, f, at)));
}
