using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// Replaces some documents' positions in a published block, leaving its postings as they are.
/// Text inserted into or removed from an article moves the positions of every term after it
/// without changing any term's frequencies or the article's norms (a norm byte is a coarse
/// length): such a term's header and postings stay byte for byte, and only its positions text
/// changes. Splicing that text is far cheaper than reading the term back and exporting it again,
/// and gives the same bytes (<see cref="TermBlocks"/>' encoding: per document in the block's
/// order, per field in its mask, the positions as gaps from -1).
/// </summary>
internal static class PositionsSplice
{
    /// <summary>
    /// The block's positions text with the positions of the documents in <paramref name="replaced"/>
    /// (per field, null where the field lacks the term) put in; null when the texts are malformed
    /// or a document's frequencies are not its new positions' counts. <paramref name="found"/>
    /// counts the documents of <paramref name="replaced"/> the block holds.
    /// </summary>
    public static string? Replace(string postings, string positions, int fields, IReadOnlyDictionary<int, int[]?[]> replaced, out int found)
    {
        found = 0;
        try
        {
            // Most blocks an inline term is searched in hold none of the documents: they are told by
            // their postings alone, and kept as they are (the same string, nothing made).
            return Holds(postings, replaced) ? Spliced(postings, positions, fields, replaced, out found) : positions;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    static string? Spliced(string postings, string positions, int fields, IReadOnlyDictionary<int, int[]?[]> replaced, out int found)
    {
        found = 0;
        var text = new StringBuilder(positions.Length + 16);
        var (i, at, doc) = (0, 0, -1);
        while (PostingsCodec.TryNext(postings, ref i, out var gap))
        {
            doc += gap;
            if (!PostingsCodec.TryNext(postings, ref i, out var mask))
                return null;
            replaced.TryGetValue(doc, out var fresh);
            if (fresh is not null)
                found++;
            for (var f = 0; f < fields; f++)
            {
                if ((mask & (1 << f)) == 0)
                {
                    if (fresh?[f] is not null)
                        return null;
                    continue;
                }
                if (!PostingsCodec.TryNext(postings, ref i, out var freq) || !PostingsCodec.TryNext(postings, ref i, out _))
                    return null;
                var end = Skip(positions, at, freq);
                if (end < 0)
                    return null;
                if (fresh is null)
                    text.Append(positions, at, end - at);
                else if (fresh[f] is { } moved && moved.Length == freq)
                {
                    var last = -1;
                    foreach (var p in moved)
                    {
                        PostingsCodec.Write(text, p - last);
                        last = p;
                    }
                }
                else
                    return null;
                at = end;
            }
        }
        return i == postings.Length && at == positions.Length ? text.ToString() : null;
    }

    /// <summary>Whether the block's postings hold one of the documents (a malformed block is said to, so that it is found malformed).</summary>
    static bool Holds(string postings, IReadOnlyDictionary<int, int[]?[]> replaced)
    {
        var (i, doc) = (0, -1);
        while (PostingsCodec.TryNext(postings, ref i, out var gap))
        {
            doc += gap;
            if (replaced.ContainsKey(doc) || !PostingsCodec.TryNext(postings, ref i, out var mask))
                return true;
            for (var bits = mask; bits != 0; bits &= bits - 1)
                if (!PostingsCodec.TryNext(postings, ref i, out _) || !PostingsCodec.TryNext(postings, ref i, out _))
                    return true;
        }
        return i != postings.Length;
    }

    /// <summary>Where the text is after <paramref name="count"/> more numbers from <paramref name="at"/>; -1 past its end.</summary>
    static int Skip(string text, int at, int count)
    {
        for (var n = 0; n < count; n++)
            if (!PostingsCodec.TryNext(text, ref at, out _))
                return -1;
        return at;
    }
}
