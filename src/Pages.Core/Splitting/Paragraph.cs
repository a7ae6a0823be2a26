using Pages.Model;

namespace Pages.Splitting;

/// <summary>
/// Lines of a page that read as one block of text, kept as printed: each line trimmed, the lines
/// joined by '\n', and for every character the offset in the page it came from, so that any part of
/// the block (a 电头, a credit, the text between) can become a <see cref="TextPiece"/> that knows
/// where it was printed.
/// </summary>
internal sealed class Paragraph
{
    readonly PageLines page;
    readonly int[] offsets;

    public Paragraph(PageLines page, IReadOnlyList<int> lineIndexes)
    {
        this.page = page;
        // Sized first, then filled: grown as it went, this was 0.5 GB of a 5,000-page build's splitting.
        var length = 0;
        foreach (var index in lineIndexes)
        {
            // A line after text starts with '\n' (blank lines before any text add nothing).
            if (length > 0)
                length++;
            length += page.Lines[index].TextEnd - page.Lines[index].TextStart;
        }
        var raw = new char[length];
        offsets = new int[length];
        var at = 0;
        foreach (var index in lineIndexes)
        {
            var line = page.Lines[index];
            if (at > 0)
            {
                (raw[at], offsets[at]) = ('\n', -1);
                at++;
            }
            page.Text.AsSpan(line.TextStart, line.TextEnd - line.TextStart).CopyTo(raw.AsSpan(at));
            for (var o = line.TextStart; o < line.TextEnd; o++)
                offsets[at++] = o;
        }
        Raw = new string(raw);
        FirstLineIndex = lineIndexes[0];
    }

    /// <summary>The block's lines, each trimmed, joined by '\n'.</summary>
    public string Raw { get; }

    /// <summary>Index (0-based) of the block's first line.</summary>
    public int FirstLineIndex { get; }

    /// <summary>
    /// The characters from <paramref name="start"/> to <paramref name="end"/> as a piece, rendered
    /// by <paramref name="render"/>; null when that stretch is only white space.
    /// </summary>
    public TextPiece? Piece(int start, int end, Func<string, string> render)
    {
        var first = start;
        while (first < end && char.IsWhiteSpace(Raw[first]))
            first++;
        var last = end - 1;
        while (last >= first && char.IsWhiteSpace(Raw[last]))
            last--;
        if (first > last)
            return null;
        var text = render(Raw[first..(last + 1)]);
        return new TextPiece(text, offsets[first], page.LineOf(offsets[first]), page.LineOf(offsets[last]));
    }
}
