namespace Pages.Search.Export;

/// <summary>
/// How an article's body is cut for the search page's excerpts: its lead, carried in the display
/// record, then the rest in parts of their own files (<see cref="SearchShards.Text"/>), each twice
/// the one before. The page loads a result's parts in order only until the text it has holds every
/// query term the body holds (ui.js, <c>deepen</c>): a match near the start costs one small part,
/// a match deep in a long feature a few rounds, and what is loaded is never more than the first
/// part plus twice the text between the lead and the match. One file a body made the excerpts of a page of ten results up to 172 KB on the
/// search-bytes benchmark's generated archives.
/// </summary>
public static class BodyParts
{
    /// <summary>The first characters of the body, not cutting a surrogate pair in half.</summary>
    public static string Lead(string body, int chars) => body[..End(body, 0, chars)];

    /// <summary>The body past its lead, cut into parts of <paramref name="firstChars"/>, then twice as many each, none cutting a surrogate pair.</summary>
    public static IReadOnlyList<string> After(string body, int leadChars, int firstChars)
    {
        var parts = new List<string>();
        var start = End(body, 0, leadChars);
        for (var size = firstChars; start < body.Length; size = checked(size * 2))
        {
            var end = End(body, start, size);
            parts.Add(body[start..end]);
            start = end;
        }
        return parts;
    }

    /// <summary>How many parts <see cref="After"/> makes, without cutting them.</summary>
    public static int Count(string body, int leadChars, int firstChars)
    {
        var (count, start) = (0, End(body, 0, leadChars));
        for (var size = firstChars; start < body.Length; size = checked(size * 2), count++)
            start = End(body, start, size);
        return count;
    }

    /// <summary>Where a piece of at most <paramref name="chars"/> from <paramref name="start"/> ends: one short where it would end inside a surrogate pair.</summary>
    static int End(string body, int start, int chars)
    {
        if (body.Length - start <= chars)
            return body.Length;
        var end = start + chars;
        return char.IsHighSurrogate(body[end - 1]) ? end - 1 : end;
    }
}
