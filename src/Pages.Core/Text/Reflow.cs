using System.Buffers;
using System.Text;

namespace Pages.Text;

/// <summary>
/// Turns text as extracted (lines broken at the column width, characters spaced out to justify a
/// line) into text as written. Only white space is ever removed or added, never another character,
/// so what a page printed can always be traced back.
/// </summary>
public static class Reflow
{
    /// <summary>
    /// A body paragraph: line breaks inside it joined, and spaces that only come from spacing out
    /// Chinese characters removed (发 挥 产 业 → 发挥产业, 9 月 24 日 → 9月24日); spaces between Latin
    /// words and numbers kept (SQRB2G06 小型 keeps its space, R&amp;D stays whole).
    /// </summary>
    /// <param name="raw">The paragraph's lines, each trimmed, joined by '\n'.</param>
    public static string Body(string raw) => Join(raw, KeepSpaceInBody);

    /// <summary>
    /// A byline: lines joined, runs of space made one, no space beside full-width punctuation
    /// (本报讯 （通讯员李艳\n菊） → 本报讯（通讯员李艳菊）). Spaces between names stay: they separate them.
    /// </summary>
    public static string Byline(string raw) => Join(raw, KeepSpaceInByline);

    /// <summary>
    /// One line of a headline: a line spaced out letter by letter is closed up; a single space
    /// between phrases (月满中秋 情满人间) is kept, because the headline prints it as a separator.
    /// </summary>
    public static string HeadlineLine(string line)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length >= 3 && tokens.Count(t => t.Length == 1) * 10 >= tokens.Length * 6)
            return Body(line);
        return Join(line, KeepSpaceInByline);
    }

    /// <summary>
    /// Joins the lines of one headline. Two lines of about the same length are parallel phrases and
    /// keep a space between them; otherwise the first line was simply wrapped.
    /// </summary>
    public static string HeadlineLines(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = HeadlineLine(lines[i]);
            if (i > 0 && sb.Length > 0 && line.Length > 0 && IsParallel(lines[i - 1], lines[i])
                && !CharClass.IsCjkPunctuation(sb[^1]) && !CharClass.IsCjkPunctuation(line[0]))
                sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    static bool IsParallel(string a, string b)
    {
        double wa = CharClass.Width(a.AsSpan().Trim()), wb = CharClass.Width(b.AsSpan().Trim());
        return wa >= 4 && wb >= 4 && Math.Abs(wa - wb) <= 1;
    }

    static string Join(string raw, Func<char, char, bool, bool> keepSpace)
    {
        // Written into a lent buffer (the text only shrinks): every paragraph of every page passes
        // here, and a builder of its own for each was 0.2 GB of a 5,000-page build.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, raw.Length));
        var length = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = c;
                i++;
                continue;
            }
            var start = i;
            var onlyLineBreaks = true;
            while (i < raw.Length && char.IsWhiteSpace(raw[i]))
            {
                onlyLineBreaks &= raw[i] == '\n';
                i++;
            }
            // A space is only ever kept between two characters, so the text never grows.
            if (start > 0 && length > 0 && i < raw.Length && keepSpace(buffer[length - 1], raw[i], onlyLineBreaks))
                buffer[length++] = ' ';
        }
        var joined = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return joined;
    }

    static bool KeepSpaceInBody(char before, char after, bool onlyLineBreaks)
    {
        if (onlyLineBreaks)
            return char.IsAsciiLetter(before) && char.IsAsciiLetter(after);
        if (CharClass.IsCjkPunctuation(before) || CharClass.IsCjkPunctuation(after))
            return false;
        var wideBefore = CharClass.IsWide(before);
        var wideAfter = CharClass.IsWide(after);
        if (wideBefore && wideAfter)
            return false;
        if ((wideBefore && !char.IsAsciiLetter(after)) || (wideAfter && !char.IsAsciiLetter(before)))
            return false;
        return true;
    }

    static bool KeepSpaceInByline(char before, char after, bool onlyLineBreaks) =>
        !onlyLineBreaks && !CharClass.IsCjkPunctuation(before) && !CharClass.IsCjkPunctuation(after);
}
