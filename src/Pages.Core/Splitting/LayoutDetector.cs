using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// Decides whether a page prints headlines after their articles (column text as extracted) or
/// before them. Pages set one paragraph per line print headlines first, and weigh most; then the
/// page's edges: a page that opens with a headline prints them first, one that opens with a 电头 or
/// byline prints them after, and a page whose last text (pictures aside) is a headline prints them
/// after, and weighs as much as the paragraph-per-line setting (a headline with no body after it
/// cannot be a headline printed first).
/// </summary>
internal static class LayoutDetector
{
    /// <summary>A page whose median body line is this wide (in ems) is set one paragraph per line.</summary>
    const double ParagraphPerLineWidth = 40;

    public static bool IsParagraphPerLine(PageLines page, LineKind[] kinds)
    {
        var widths = new List<double>();
        for (var i = 0; i < page.Count; i++)
            if (kinds[i] is LineKind.Text or LineKind.Lede)
                widths.Add(CharClass.Width(page.TextOf(page.Lines[i])));
        if (widths.Count == 0)
            return false;
        widths.Sort();
        return widths[widths.Count / 2] >= ParagraphPerLineWidth;
    }

    public static PageLayout Decide(IReadOnlyList<Unit> units, bool paragraphPerLine)
    {
        var content = units.Where(u => u is not FurnitureUnit).ToList();
        var first = content.FirstOrDefault();
        var last = content.LastOrDefault(u => u is not (CreditUnit or ParagraphUnit { IsCaption: true }));
        var score = (paragraphPerLine ? 2 : 0)
            + (first is HeadlineUnit ? 1 : 0)
            - (first is LedeUnit or BylineUnit ? 1 : 0)
            - (last is HeadlineUnit ? 2 : 0);
        return score > 0 ? PageLayout.HeadlinesBeforeBody : PageLayout.HeadlinesAfterBody;
    }
}
