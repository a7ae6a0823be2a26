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
        // Most blocks an inline term is searched in hold none of the documents: they are told by
        // their postings alone, and kept as they are (the same string, nothing made).
        if (!Holds(postings, replaced))
            return positions;
        var text = new StringBuilder(positions.Length + 16);
        var (i, at, doc) = (0, 0, -1);
        while (i < postings.Length)
        {
            doc += Next(postings, ref i);
            if (i >= postings.Length)
                return null;
            var mask = Next(postings, ref i);
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
                if (i >= postings.Length)
                    return null;
                var freq = Next(postings, ref i);
                if (i >= postings.Length)
                    return null;
                Next(postings, ref i); // the norm byte
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
        return at == positions.Length ? text.ToString() : null;
    }

    /// <summary>Whether the block's postings hold one of the documents (a malformed block is said to, so the caller finds it malformed).</summary>
    static bool Holds(string postings, IReadOnlyDictionary<int, int[]?[]> replaced)
    {
        var (i, doc) = (0, -1);
        while (i < postings.Length)
        {
            doc += Next(postings, ref i);
            if (replaced.ContainsKey(doc) || i >= postings.Length)
                return true;
            var mask = Next(postings, ref i);
            for (var bits = mask; bits != 0; bits &= bits - 1)
            {
                Next(postings, ref i);
                Next(postings, ref i);
            }
        }
        return false;
    }

    /// <summary>The number at <paramref name="at"/>, moving past it (<see cref="PostingsCodec"/>'s groups).</summary>
    static int Next(string text, ref int at)
    {
        var (value, shift) = (0, 0);
        while (at < text.Length)
        {
            var c = text[at++];
            value |= PostingsCodec.Group(c) << shift;
            if (!PostingsCodec.Continues(c))
                return value;
            shift += 5;
        }
        return value;
    }

    /// <summary>Where the text is after <paramref name="count"/> more numbers from <paramref name="at"/>; -1 past its end.</summary>
    static int Skip(string text, int at, int count)
    {
        for (var n = 0; n < count; n++)
        {
            do
            {
                if (at >= text.Length)
                    return -1;
            }
            while (PostingsCodec.Continues(text[at++]));
        }
        return at;
    }
}
