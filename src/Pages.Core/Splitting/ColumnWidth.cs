using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// The width of the column a stretch of body text was set in. Lines that wrap fill the column, so
/// a line of about that width that ends without a stop is most likely wrapped, not a headline.
/// </summary>
internal static class ColumnWidth
{
    /// <summary>How many lines are looked at on each side.</summary>
    const int Sample = 4;

    /// <summary>The column width of the body text ending just above <paramref name="index"/>, or 0 if none.</summary>
    public static double Before(PageLines page, LineKind[] kinds, int index)
    {
        var widths = new List<double>();
        for (var i = index - 1; i >= 0 && widths.Count < Sample; i--)
            Collect(page, kinds, i, widths);
        return Median(widths);
    }

    /// <summary>The column width of the body text starting at <paramref name="index"/>, or 0 if none.</summary>
    public static double After(PageLines page, LineKind[] kinds, int index)
    {
        var widths = new List<double>();
        for (var i = Math.Max(index, 0); index >= 0 && i < page.Count && widths.Count < Sample; i++)
            Collect(page, kinds, i, widths);
        return Median(widths);
    }

    /// <summary>
    /// A wrapped line's width is the column's, give or take a character or two of punctuation
    /// squeezed in or Latin letters that print narrower than the ems counted.
    /// </summary>
    public static bool FitsColumn(double width, double column) =>
        column > 0 && (Math.Abs(width - column) <= 1.5 || (width >= column * 0.8 && width <= column * 1.25));

    static void Collect(PageLines page, LineKind[] kinds, int i, List<double> widths)
    {
        // Lines that end a sentence may be a paragraph's short last line: they say nothing about the column.
        if (kinds[i] is LineKind.Text or LineKind.Lede && !Punctuation.EndsSentence(page.TextOf(page.Lines[i])))
            widths.Add(CharClass.Width(page.TextOf(page.Lines[i])));
    }

    static double Median(List<double> widths)
    {
        if (widths.Count == 0)
            return 0;
        widths.Sort();
        return widths[widths.Count / 2];
    }
}
