using Pages.Model;

namespace Pages.Splitting;

/// <summary>
/// The splitter's central promise: every non-blank character of a page ends up in exactly one
/// article field or in the page's furniture, in printed order. Splitting only ever removes or adds
/// white space, so taking every piece in the order of where it was printed and reading off its
/// non-blank characters must give back the page's non-blank characters, one for one.
/// </summary>
public static class Conservation
{
    /// <summary>Null when the promise holds; otherwise where and how it breaks, in plain words.</summary>
    public static string? FindViolation(string pageText, SplitPage split)
    {
        var pieces = split.Articles.SelectMany(a => a.Pieces).Concat(split.Furniture).OrderBy(p => p.Offset).ToList();
        var at = 0;
        foreach (var piece in pieces)
        {
            at = SkipWhiteSpace(pageText, at);
            if (piece.Offset != at)
            {
                return at < piece.Offset
                    ? $"line {LineOf(pageText, at)}: '{Excerpt(pageText, at)}' is in no article and not furniture"
                    : $"line {LineOf(pageText, piece.Offset)}: '{Excerpt(pageText, piece.Offset)}' is taken twice";
            }
            foreach (var c in piece.Text)
            {
                if (char.IsWhiteSpace(c))
                    continue;
                at = SkipWhiteSpace(pageText, at);
                if (at >= pageText.Length || pageText[at] != c)
                    return $"line {LineOf(pageText, Math.Min(at, pageText.Length - 1))}: a piece reads '{c}' where the page has '{(at < pageText.Length ? pageText[at] : '∅')}' ('{Excerpt(piece.Text, 0)}')";
                at++;
            }
        }
        at = SkipWhiteSpace(pageText, at);
        return at < pageText.Length ? $"line {LineOf(pageText, at)}: '{Excerpt(pageText, at)}' is in no article and not furniture" : null;
    }

    static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        return at;
    }

    static int LineOf(string text, int offset) => text.AsSpan(0, Math.Max(0, offset)).Count('\n') + 1;

    static string Excerpt(string text, int at) => text.Substring(at, Math.Min(12, text.Length - at)).Replace('\n', ' ');
}
