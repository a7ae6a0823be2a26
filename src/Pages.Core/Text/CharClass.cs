namespace Pages.Text;

/// <summary>What kind of character this is, as far as Chinese typesetting cares.</summary>
public static class CharClass
{
    /// <summary>A Han ideograph (surrogates count: they only occur in rare ideographs here).</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3005' and <= '\u3007' or >= '\uD800' and <= '\uDFFF';

    /// <summary>Full-width punctuation, brackets, quotes, dashes and symbols that sit between ideographs.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' and not ('\u3005' or '\u3006' or '\u3007')
            or >= '\uFF00' and <= '\uFFEF'
            or >= '\u2010' and <= '\u206F'
            or >= '\uFE10' and <= '\uFE6F'
            or >= '\u2190' and <= '\u21FF'
            or >= '\u2B00' and <= '\u2BFF'
            or >= '\u25A0' and <= '\u27BF'
            or '\u00B7' or '\u00D7';

    /// <summary>Takes a full em of width when printed: ideographs, kana, hangul and full-width punctuation.</summary>
    public static bool IsWide(char c) =>
        IsIdeograph(c) || IsCjkPunctuation(c) || c is >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Printed width in ems: wide characters 1, everything else (Latin, digits, spaces) 0.5.</summary>
    public static double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        foreach (var c in text)
            width += IsWide(c) ? 1 : c is '\n' or '\r' ? 0 : 0.5;
        return width;
    }

    public static int CountIdeographs(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
            if (IsIdeograph(c))
                n++;
        return n;
    }
}
