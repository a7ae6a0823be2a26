namespace Pages.Search.Export;

/// <summary>
/// Reads a term's postings back from the published index (the inverse of <see cref="TermBlocks"/>'
/// encoding), so a rebuild can change the few documents of it that changed without indexing every
/// other document again. Mirrors <c>readBlock</c> in theme/assets/search/engine.js.
/// </summary>
internal static class TermReader
{
    /// <summary>
    /// The term's postings per field, in document order; null when a file it needs is missing or
    /// unreadable (the caller then exports everything). <paramref name="load"/> gives a file's data
    /// by key; <paramref name="inlinePositions"/> is the term's p/ bucket entry when it is inline.
    /// </summary>
    public static FieldPostings?[]? Read(string term, TermHeader header, string[]? inlinePositions, int fieldCount, Func<string, OwnBlockFile?> loadBlock, Func<string, string?> loadPositions)
    {
        var entries = new List<(int Doc, int Field, int[] Positions)>();
        var blocks = header.S.Length;
        var name = header.F ?? OwnFiles.Name(term);
        for (var b = 0; b < blocks; b++)
        {
            string? postings, positions;
            if (header.X is { } inline)
                (postings, positions) = (inline[b], inlinePositions is { } p && b < p.Length ? p[b] : null);
            else
                (postings, positions) = (loadBlock(SearchShards.OwnBlock(name, b, false))?.P, loadPositions(SearchShards.OwnBlock(name, b, true)));
            if (postings is null || positions is null || !Decode(postings, positions, fieldCount, entries))
                return null;
        }
        entries.Sort((a, b) => a.Doc != b.Doc ? a.Doc.CompareTo(b.Doc) : a.Field.CompareTo(b.Field));
        var fields = new FieldPostings?[fieldCount];
        foreach (var (doc, field, at) in entries)
        {
            var list = fields[field] ??= new FieldPostings();
            list.Docs.Add(doc);
            list.Freqs.Add(at.Length);
            list.Positions.AddRange(at);
        }
        return fields;
    }

    /// <summary>One block: per document its gap, field mask, and per field its frequency and norm; positions as gaps per document and field.</summary>
    static bool Decode(string postingsText, string positionsText, int fieldCount, List<(int, int, int[])> entries)
    {
        var (v, x) = (PostingsCodec.Read(postingsText), PostingsCodec.Read(positionsText));
        var (i, k, doc) = (0, 0, -1);
        while (i < v.Count)
        {
            doc += v[i++];
            if (i >= v.Count)
                return false;
            var mask = v[i++];
            for (var f = 0; f < fieldCount; f++)
            {
                if ((mask & (1 << f)) == 0)
                    continue;
                if (i + 1 >= v.Count)
                    return false;
                var freq = v[i];
                i += 2; // the norm byte is the state's, not read from here
                if (k + freq > x.Count)
                    return false;
                var at = new int[freq];
                var position = -1;
                for (var j = 0; j < freq; j++)
                    at[j] = position += x[k++];
                entries.Add((doc, f, at));
            }
        }
        return k == x.Count;
    }
}
