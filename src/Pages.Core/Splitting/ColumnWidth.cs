using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// The width of the column a stretch of body text was set in. Lines that wrap fill the column, so
/// a line of about that width that ends without a stop is most likely wrapped, not a headline.
/// </summary>
internal static class ColumnWidth
{
    /// <summary>How many wrapped lines are looked at on each side.</summary>
    const int LinesLookedAt = 4;

    /// <summary>The column width of the body text ending just above <paramref name="index"/> (up to a headline or byline), or 0 if none.</summary>
    public static double Before(PageLines page, LineKind[] kinds, int index)
    {
        var sample = new Sample();
        for (var i = index - 1; i >= 0 && sample.Wrapped.Count < LinesLookedAt; i--)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Lede or LineKind.Blank))
                break;
            sample.Add(page, kinds, i);
        }
        return sample.Width;
    }

    /// <summary>
    /// The column width of the body text starting at <paramref name="index"/>, or 0 if none; and
    /// whether it was measured on wrapped lines, or only guessed from a short paragraph's last line.
    /// </summary>
    public static (double Width, bool Measured) After(PageLines page, LineKind[] kinds, int index)
    {
        // Only up to the end of a paragraph followed by a blank line: what comes after that may be
        // set in another column, or be a headline itself.
        var sample = new Sample();
        for (var i = Math.Max(index, 0); index >= 0 && i < page.Count && sample.Wrapped.Count < LinesLookedAt; i++)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Lede or LineKind.Blank))
                break;
            sample.Add(page, kinds, i);
            if (kinds[i] != LineKind.Blank && Punctuation.EndsSentence(page.TextOf(page.Lines[i]))
                && i + 1 < page.Count && page.Lines[i + 1].IsBlank)
                break;
        }
        return (sample.Width, sample.Wrapped.Count > 0);
    }

    /// <summary>
    /// A wrapped line's width is the column's, give or take a character or two of punctuation
    /// squeezed in or Latin letters that print narrower than the ems counted. A paragraph's first
    /// line is two ems shorter: its indent was printed but not extracted.
    /// </summary>
    public static bool FitsColumn(double width, double column) =>
        column > 0 && ((width >= column - Indent - Slack && width <= column + Slack)
            || (width >= column * 0.8 && width <= column * 1.25));

    /// <summary>A paragraph's first-line indent, in ems.</summary>
    const double Indent = 2;

    /// <summary>How far a wrapped line's width may stray from the column's, in ems.</summary>
    const double Slack = 1.5;

    /// <summary>
    /// Widths of body lines near a place. Lines that end a sentence may be a paragraph's short last
    /// line, so they only count where no other line is at hand, and then by the widest of them.
    /// </summary>
    sealed class Sample
    {
        public List<double> Wrapped { get; } = [];

        double widestEnding;

        public double Width
        {
            get
            {
                if (Wrapped.Count == 0)
                    return widestEnding;
                Wrapped.Sort();
                return Wrapped[Wrapped.Count / 2];
            }
        }

        public void Add(PageLines page, LineKind[] kinds, int i)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Lede))
                return;
            var text = page.TextOf(page.Lines[i]);
            var width = CharClass.Width(text);
            if (Punctuation.EndsSentence(text))
                widestEnding = Math.Max(widestEnding, width);
            else
                Wrapped.Add(width);
        }
    }
}
