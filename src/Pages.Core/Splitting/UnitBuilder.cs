using System.Collections.Immutable;
using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// Turns classified lines into <see cref="Unit"/>s: headline blocks, bylines, credits, furniture,
/// and paragraphs (with any 电头 at their start and any credit at their end split off).
/// </summary>
internal sealed class UnitBuilder(PageLines page, LineKind[] kinds, List<List<int>> headlineRuns, bool paragraphPerLine)
{
    readonly List<Unit> units = [];

    /// <summary>Whether a leading space marks a new block of text on this page (<see cref="IndentMarksBlocks"/>).</summary>
    bool? indentMarksBlocks;

    public List<Unit> Build()
    {
        var runStarts = headlineRuns.ToDictionary(r => r[0]);
        var paragraph = new List<int>();
        var i = 0;
        while (i < page.Count)
        {
            var kind = kinds[i];
            if (kind is LineKind.Text or LineKind.Lede)
            {
                if (paragraph.Count > 0 && StartsNewParagraph(paragraph, i))
                    FlushParagraph(paragraph);
                paragraph.Add(i);
                i++;
                continue;
            }
            if (kind == LineKind.Blank)
            {
                i++;
                continue;
            }
            FlushParagraph(paragraph);
            switch (kind)
            {
                case LineKind.Headline:
                    var run = runStarts[i];
                    units.Add(Headline(run));
                    i = run[^1] + 1;
                    continue;
                case LineKind.Byline:
                    i = AddBylines(i);
                    continue;
                case LineKind.Credit:
                    AddParagraph(new Paragraph(page, [i]));
                    break;
                default:
                    units.Add(new FurnitureUnit(LinePiece(i)));
                    break;
            }
            i++;
        }
        FlushParagraph(paragraph);
        MarkCaptions();
        return units;
    }

    /// <summary>
    /// Whether line <paramref name="next"/> starts a new paragraph rather than continuing the one
    /// being built. A 电头, an indented line or a picture arrow always does. Otherwise a paragraph
    /// ends with a sentence, and only where the line is short of the column or a blank line follows;
    /// a sentence that happens to end at the column's edge goes on.
    /// </summary>
    bool StartsNewParagraph(List<int> paragraph, int next)
    {
        var line = page.Lines[next];
        if (kinds[next] == LineKind.Lede || line.IsIndented || Punctuation.IsPictureArrow(page.Text[line.TextStart]))
            return true;
        var last = paragraph[^1];
        var lastText = page.StringOf(page.Lines[last]);
        if (!LineEnds.Block(lastText, paragraph.Count > 1 ? page.StringOf(page.Lines[paragraph[^2]]) : null) && !EndsWithWrappedCredit(paragraph, lastText))
            return false;
        if (paragraphPerLine || next - last > 1)
            return true;
        var column = CharClass.Width(page.TextOf(line));
        foreach (var p in paragraph)
            if (p != last)
                column = Math.Max(column, CharClass.Width(page.TextOf(page.Lines[p])));
        return CharClass.Width(lastText) < column - 1.5;
    }

    /// <summary>A credit broken over the caption's last lines (本报记者 王 正 / 义 摄) ends the caption too.</summary>
    bool EndsWithWrappedCredit(List<int> paragraph, string lastText)
    {
        if (!lastText.EndsWith('摄') && !lastText.EndsWith("摄影") && !lastText.EndsWith("供图"))
            return false;
        var tail = string.Join('\n', paragraph.TakeLast(4).Select(i => page.StringOf(page.Lines[i])));
        return CreditParser.Parse(tail) is not null;
    }

    void FlushParagraph(List<int> lines)
    {
        if (lines.Count == 0)
            return;
        var paragraph = new Paragraph(page, lines);
        lines.Clear();
        AddParagraph(paragraph);
    }

    void AddParagraph(Paragraph paragraph)
    {
        var raw = paragraph.Raw;
        var start = 0;
        var end = raw.Length;
        var indented = MarksBlock(page.Lines[paragraph.FirstLineIndex]);

        // An arrow pointing at the picture is page furniture: the picture is not in the archive.
        var arrow = false;
        if (end > 0 && Punctuation.IsPictureArrow(raw[0]))
        {
            units.Add(new FurnitureUnit(paragraph.Piece(0, 1, s => s)!));
            start = 1;
            arrow = true;
        }

        var credit = CreditParser.Parse(raw);
        if (credit is not null && credit.Start < start)
            credit = null;
        var bodyEnd = credit?.Start ?? end;

        var lede = kinds[paragraph.FirstLineIndex] == LineKind.Lede && start == 0 ? LedeParser.Parse(raw) : null;
        if (lede is not null && lede.Length <= bodyEnd)
        {
            var ledePiece = paragraph.Piece(0, lede.Length, Reflow.Byline)!;
            var body = paragraph.Piece(lede.Length, bodyEnd, Reflow.Body);
            units.Add(new LedeUnit(new Byline(ledePiece, lede.Credits), lede.IsFollowUp, body));
        }
        else if (paragraph.Piece(start, bodyEnd, Reflow.Body) is { } body)
        {
            units.Add(new ParagraphUnit(body, indented, IsCaption: arrow));
        }

        if (credit is not null)
            units.Add(new CreditUnit(new Byline(paragraph.Piece(credit.Start, end, Reflow.Byline)!, credit.Credits)));
    }

    /// <summary>Consecutive byline lines make one byline; each line is one group of roles and names.</summary>
    int AddBylines(int first)
    {
        var lines = new List<int> { first };
        var next = page.NextNonBlank(first);
        while (next >= 0 && next == lines[^1] + 1 && kinds[next] == LineKind.Byline)
        {
            lines.Add(next);
            next = page.NextNonBlank(next);
        }
        var from = page.Lines[lines[0]];
        var to = page.Lines[lines[^1]];
        var text = Reflow.Byline(string.Join(' ', lines.Select(l => page.StringOf(page.Lines[l]))));
        BylineParser.TryParse(text, requireRole: true, defaultRole: "", out var credits, requireSurname: true);
        units.Add(new BylineUnit(new Byline(new TextPiece(text, from.TextStart, from.Number, to.Number), credits)));
        return lines[^1] + 1;
    }

    HeadlineUnit Headline(List<int> run)
    {
        var lines = ImmutableArray.CreateBuilder<HeadlineLine>(run.Count);
        for (var k = 0; k < run.Count; k++)
        {
            var line = page.Lines[run[k]];
            var blankBefore = k > 0 && run[k] - run[k - 1] > 1;
            lines.Add(new HeadlineLine(page.StringOf(line), line.TextStart, line.Number, blankBefore));
        }
        return new HeadlineUnit(lines.MoveToImmutable(), MarksBlock(page.Lines[run[0]]));
    }

    /// <summary>Whether the line's indent says a new block of text starts there (<see cref="IndentMarksBlocks"/>).</summary>
    bool MarksBlock(Line line) => line.IsIndented && !page.IsParagraphIndent(line) && (indentMarksBlocks ??= IndentMarksBlocks());

    /// <summary>
    /// Whether a single leading space on this page marks a new block of text, as the samples'
    /// extraction sets an article's first lines apart (1 to 4 % of the places a paragraph may
    /// start), rather than the first line of every paragraph (then it says nothing about where an
    /// article starts). A quarter of those places indented by one space, three at least, is taken
    /// for a paragraph indent. A wider indent (　　, or two spaces or more) is always a paragraph's
    /// (<see cref="PageLines.IsParagraphIndent"/>).
    /// </summary>
    bool IndentMarksBlocks()
    {
        var (starts, indented) = (0, 0);
        for (var i = 0; i < page.Count; i++)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Lede))
                continue;
            var prev = page.PreviousNonBlank(i);
            if (prev >= 0 && prev == i - 1 && kinds[prev] is LineKind.Text or LineKind.Lede && !LineEnds.Block(page.StringOf(page.Lines[prev])))
                continue;
            starts++;
            if (page.Lines[i].IsIndented && !page.IsParagraphIndent(page.Lines[i]))
                indented++;
        }
        return indented < 3 || indented * 4 < starts;
    }

    TextPiece LinePiece(int index)
    {
        var line = page.Lines[index];
        return new TextPiece(page.StringOf(line), line.TextStart, line.Number, line.Number);
    }

    /// <summary>The paragraph right before a credit is that credit's caption.</summary>
    void MarkCaptions()
    {
        for (var k = 1; k < units.Count; k++)
        {
            if (units[k] is not CreditUnit)
                continue;
            var before = k - 1;
            while (before >= 0 && units[before] is FurnitureUnit)
                before--;
            if (before < 0)
                continue;
            units[before] = units[before] switch
            {
                ParagraphUnit p => p with { IsCaption = true },
                LedeUnit { Body: not null } l => l with { IsCaption = true },
                var other => other,
            };
        }
    }
}
