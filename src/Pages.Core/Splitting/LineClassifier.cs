using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// The first look at a page: each line on its own is blank, furniture, the start of a 电头, a
/// byline, a photo credit, or text. Headlines need the neighbours and are found afterwards by
/// <see cref="HeadlineDetector"/>.
/// </summary>
internal static class LineClassifier
{
    /// <summary>A byline line longer than this is a sentence, whatever it starts with.</summary>
    const int MaxBylineLength = 40;

    public static LineKind[] Classify(PageLines page, SplitterOptions options)
    {
        var kinds = new LineKind[page.Count];
        var atTop = true;
        for (var i = 0; i < page.Count; i++)
        {
            var line = page.Lines[i];
            if (line.IsBlank)
            {
                kinds[i] = LineKind.Blank;
                continue;
            }
            kinds[i] = ClassifyLine(page.StringOf(line), atTop, options);
            atTop &= kinds[i] == LineKind.Furniture;
        }
        UnmaskWrappedCredits(page, kinds);
        return kinds;
    }

    /// <summary>
    /// A credit set in a narrow caption column breaks anywhere: 本报记者 付凯 / 明 摄. Its first line then
    /// reads like a byline of its own; when the lines below it complete a credit, they are all text
    /// of the caption, whose credit the paragraph reader finds.
    /// </summary>
    static void UnmaskWrappedCredits(PageLines page, LineKind[] kinds)
    {
        for (var i = 0; i < page.Count; i++)
        {
            if (kinds[i] != LineKind.Byline)
                continue;
            var joined = page.StringOf(page.Lines[i]);
            for (var j = i + 1; j < Math.Min(page.Count, i + 3) && !page.Lines[j].IsBlank; j++)
            {
                joined += "\n" + page.StringOf(page.Lines[j]);
                if (CreditParser.Parse(joined) is { Start: 0 })
                {
                    for (var k = i; k <= j; k++)
                        kinds[k] = LineKind.Text;
                    break;
                }
            }
        }
    }

    /// <param name="atTop">Nothing but furniture stands above the line: it may be the masthead.</param>
    static LineKind ClassifyLine(string text, bool atTop, SplitterOptions options)
    {
        if (FurnitureRules.IsFurniture(text, atTop, options))
            return LineKind.Furniture;
        if (LedeParser.StartsLine(text))
            return LineKind.Lede;
        if (text.Length <= MaxBylineLength)
        {
            if (CreditParser.IsWholeLine(text))
                return LineKind.Credit;
            if (BylineParser.TryParse(Reflow.Byline(text), requireRole: true, defaultRole: "", out _, requireSurname: true))
                return LineKind.Byline;
        }
        return LineKind.Text;
    }
}
