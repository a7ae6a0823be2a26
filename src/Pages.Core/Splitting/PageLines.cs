namespace Pages.Splitting;

/// <summary>One line of a page: where it starts and ends in the page's text, and where its text starts and ends.</summary>
/// <param name="Number">1-based line number, as an editor shows it.</param>
/// <param name="TextStart">Offset of the first non-space character (equals <paramref name="TextEnd"/> on a blank line).</param>
/// <param name="TextEnd">Offset just after the last non-space character.</param>
internal readonly record struct Line(int Number, int Start, int End, int TextStart, int TextEnd)
{
    public bool IsBlank => TextStart >= TextEnd;

    /// <summary>The extraction marks the start of a new block of text with a leading space.</summary>
    public bool IsIndented => !IsBlank && TextStart > Start;
}

/// <summary>A page's text cut into lines, with a way back from any offset to its line.</summary>
internal sealed class PageLines
{
    public PageLines(string text)
    {
        Text = text;
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            int ts = start, te = end;
            while (ts < te && char.IsWhiteSpace(text[ts]))
                ts++;
            while (te > ts && char.IsWhiteSpace(text[te - 1]))
                te--;
            lines.Add(new Line(lines.Count + 1, start, end, ts, te));
            if (end == text.Length)
                break;
            start = end + 1;
        }
        Lines = [.. lines];
    }

    /// <summary>
    /// Whether the line is indented as a paragraph's first line is set (two ideographic spaces, or
    /// two spaces or more), rather than by the single space the extraction puts before a new block.
    /// </summary>
    public bool IsParagraphIndent(Line line) => line.IsIndented && (line.TextStart - line.Start >= 2 || Text[line.Start] == '\u3000');

    public string Text { get; }

    public Line[] Lines { get; }

    public int Count => Lines.Length;

    public ReadOnlySpan<char> TextOf(in Line line) => Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart);

    public string StringOf(in Line line) => Text.Substring(line.TextStart, line.TextEnd - line.TextStart);

    /// <summary>The 1-based number of the line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        int lo = 0, hi = Lines.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Lines[mid].Start <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return Lines[lo].Number;
    }

    /// <summary>Index of the next non-blank line after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index + 1; i < Lines.Length; i++)
            if (!Lines[i].IsBlank)
                return i;
        return -1;
    }

    /// <summary>Index of the previous non-blank line before <paramref name="index"/>, or -1.</summary>
    public int PreviousNonBlank(int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (!Lines[i].IsBlank)
                return i;
        return -1;
    }
}
