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
        return kinds;
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
