using Pages.Model;
using Pages.Reading;

namespace Pages.Splitting;

/// <summary>
/// Splits a printed page into articles. The outline of the algorithm:
/// <list type="number">
/// <item>classify each line on its own (blank, furniture, 电头, byline, credit, text);</item>
/// <item>find the headlines, which needs each line's neighbours;</item>
/// <item>build units: headline blocks, bylines, credits, and paragraphs with 电头 and credits split off;</item>
/// <item>decide whether the page prints headlines before or after their articles;</item>
/// <item>assemble articles from the units in reading order.</item>
/// </list>
/// Every non-blank character of the page ends up in exactly one article field or in the furniture.
/// </summary>
public static class PageSplitter
{
    public static SplitPage Split(PageSource source, SplitterOptions options)
    {
        var page = new PageLines(source.Text);
        var (kinds, headlines, paragraphPerLine) = ClassifyLines(page, options);
        var units = new UnitBuilder(page, kinds, headlines, paragraphPerLine).Build();
        var layout = LayoutDetector.Decide(units, paragraphPerLine);
        var (drafts, furniture) = new ArticleAssembler(units, layout).Assemble();
        var articles = drafts.Select((d, i) => d.Build(source.Name, source.File, i + 1)).ToList();
        return new SplitPage(source.Name, source.File, layout, [.. articles], [.. furniture]);
    }

    /// <summary>What the splitter made of each line, for `pages split --explain`: (line number, kind, text).</summary>
    public static IEnumerable<(int Line, string Kind, string Text)> ExplainLines(PageSource source, SplitterOptions options)
    {
        var page = new PageLines(source.Text);
        var (kinds, _, _) = ClassifyLines(page, options);
        return page.Lines.Select(l => (l.Number, kinds[l.Number - 1].ToString().ToLowerInvariant(), page.Text[l.Start..l.End]));
    }

    static (LineKind[] Kinds, List<List<int>> Headlines, bool ParagraphPerLine) ClassifyLines(PageLines page, SplitterOptions options)
    {
        var kinds = LineClassifier.Classify(page, options);
        var paragraphPerLine = LayoutDetector.IsParagraphPerLine(page, kinds);
        var headlines = HeadlineDetector.Mark(page, kinds, paragraphPerLine);
        return (kinds, headlines, paragraphPerLine);
    }
}
