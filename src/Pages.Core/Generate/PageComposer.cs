using System.Text;
using Pages.Model;

namespace Pages.Generate;

/// <summary>One article's answer key in the evaluation's gold format (../shared/eval/README.md).</summary>
public sealed record GoldArticle(
    string Kind,
    string? Kicker,
    string? Headline,
    string? Subtitle,
    string? Byline,
    string First,
    string Last,
    IReadOnlyList<string> Townships,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string>? Sections);

/// <summary>
/// Prints articles onto a page in one of the two layouts the samples show: column text as
/// extracted (body first, headline after it, lines cut at the column width, 电头 at the start of
/// the first line, captions in narrow columns with their credit) or headlines first with one
/// paragraph per line. Returns the page's text and its answer key. A page may indent every
/// paragraph's first line (<c>indent</c>: 　　 or spaces, "" for none).
/// </summary>
/// <param name="extras">Draws for what later versions added (paragraph indents, continuation marks),
/// apart from <paramref name="random"/> so that a seed's pages are otherwise what they were.</param>
internal sealed class PageComposer(Random random, Random extras)
{
    /// <summary>Snippet lengths for the answer key's first and last text.</summary>
    const int FirstLength = 12, LastLength = 10;

    public (string Text, List<GoldArticle> Gold) Compose(IReadOnlyList<(GeneratedArticle Article, IReadOnlyList<string> Townships, IReadOnlyList<string> Topics)> articles, PageLayout layout, string? masthead, string indent = "")
    {
        var lines = new List<string>();
        var gold = new List<GoldArticle>();
        if (layout == PageLayout.HeadlinesAfterBody && masthead is not null)
            lines.AddRange([" " + masthead, ""]);
        else
            lines.AddRange(["", ""]);
        var halfWidth = layout == PageLayout.HeadlinesBeforeBody && random.NextDouble() < 0.5;
        var bodies = articles.Select(a => Body(a.Article, halfWidth)).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            var (article, townships, topics) = articles[i];
            if (layout == PageLayout.HeadlinesAfterBody)
                ComposeInColumns(article, lines, indent);
            else
                ComposeHeadlineFirst(article, lines, halfWidth, indent);
            var others = bodies.Where((_, j) => j != i).ToList();
            gold.Add(Gold(article, townships, topics, halfWidth, others));
        }
        return (string.Join('\n', lines) + "\n", gold);
    }

    /// <summary>Text as the scorer compares it: NFKC-folded, letters and digits only.</summary>
    static string Compare(string text) => string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit));

    static string Body(GeneratedArticle article, bool halfWidth) =>
        halfWidth ? HalfWidth(string.Concat(article.Paragraphs)) : string.Concat(article.Paragraphs);

    void ComposeInColumns(GeneratedArticle article, List<string> lines, string indent)
    {
        if (article.Kind == ArticleKind.Photo)
        {
            var width = random.Next(5, 15);
            var caption = string.Concat(article.Paragraphs);
            var inline = article.Credit is not null && random.NextDouble() < 0.4;
            lines.AddRange(ColumnWrapper.Wrap(inline ? caption + article.Credit : caption, width, random, 0));
            if (article.Credit is not null && !inline)
                lines.AddRange(["", article.Credit]);
            lines.Add("");
            AddHeadlineAfter(article, lines);
            return;
        }
        var column = random.Next(12, 24);
        if (article.Byline is not null && !article.BylineIsLede)
            lines.AddRange([article.Byline, ""]);
        var first = true;
        // Now and then a report goes on on another page: its text here ends with the mark that says where.
        var (lastSection, lastParagraph) = article.Sections.Length == 0 ? (-1, -1) : (article.Sections.Length - 1, article.Sections[^1].Paragraphs.Length - 1);
        var continued = article.Title is not null && extras.NextDouble() < 0.03 ? $"（下转第{"二三四五六七八"[extras.Next(7)]}版）" : "";
        foreach (var (index, (heading, paragraphs)) in article.Sections.Index())
        {
            if (heading is not null)
            {
                lines.AddRange(HeadingLines(heading));
                if (random.NextDouble() < 0.6)
                    lines.Add("");
            }
            foreach (var (p, paragraph) in paragraphs.Index())
            {
                var text = first && article.BylineIsLede && article.Byline is not null ? article.Byline + " " + paragraph : paragraph;
                first = false;
                // The first line is two ems short: its indent was printed but is not extracted.
                var head = ColumnWrapper.Wrap(text, column - 2, random, 0)[0];
                lines.Add(indent + head);
                lines.AddRange(ColumnWrapper.Wrap(text[head.Length..], column, random, 0.08));
                if (index == lastSection && p == lastParagraph && continued.Length > 0)
                    AppendAtColumn(lines, continued, column);
                if (random.NextDouble() < 0.6)
                    lines.Add("");
            }
        }
        if (lines[^1].Length > 0)
            lines.Add("");
        AddHeadlineAfter(article, lines);
    }

    /// <summary>
    /// Adds text at the end of the last line, breaking it where the column ends (wrapped apart from
    /// the paragraph, so that the draws that wrap the paragraph are the ones they were without it).
    /// </summary>
    static void AppendAtColumn(List<string> lines, string text, int column)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].Length == 0)
            last--;
        var room = Math.Max(0, column - lines[last].Length);
        lines[last] += text[..Math.Min(room, text.Length)];
        if (room < text.Length)
            lines.Insert(last + 1, text[room..]);
    }

    void AddHeadlineAfter(GeneratedArticle article, List<string> lines)
    {
        if (article.Title is null)
            return;
        if (article.Kicker is not null)
        {
            lines.Add(article.Kicker);
            if (random.NextDouble() < 0.5)
                lines.Add("");
        }
        lines.Add(article.Title);
        if (article.Subtitle is not null)
            lines.AddRange(["", article.Subtitle]);
        lines.Add("");
    }

    IEnumerable<string> HeadingLines(string heading)
    {
        var colon = heading.IndexOf('：');
        if (colon > 0 && colon < heading.Length - 1 && random.NextDouble() < 0.5)
            return [heading[..(colon + 1)], heading[(colon + 1)..]];
        var space = heading.IndexOf(' ');
        if (space > 0 && random.NextDouble() < 0.5)
            return [heading[..space], heading[(space + 1)..]];
        return [heading];
    }

    static void ComposeHeadlineFirst(GeneratedArticle article, List<string> lines, bool halfWidth, string indent)
    {
        string P(string s) => halfWidth ? HalfWidth(s) : s;
        if (article.Title is not null)
        {
            if (article.Kicker is not null)
                lines.AddRange([article.Kicker, ""]);
            lines.AddRange([article.Title, ""]);
            if (article.Subtitle is not null)
                lines.AddRange([article.Subtitle, ""]);
        }
        if (article.Kind == ArticleKind.Photo)
        {
            lines.AddRange([P(string.Concat(article.Paragraphs)) + (article.Credit ?? ""), ""]);
            return;
        }
        if (article.Byline is not null && !article.BylineIsLede)
            lines.AddRange([article.Byline, ""]);
        var first = true;
        foreach (var (heading, paragraphs) in article.Sections)
        {
            if (heading is not null)
                lines.AddRange([heading, ""]);
            foreach (var paragraph in paragraphs)
            {
                var text = first && article.BylineIsLede && article.Byline is not null ? P(article.Byline) + P(paragraph) : P(paragraph);
                first = false;
                lines.AddRange([indent + text, ""]);
            }
        }
    }

    static string HalfWidth(string s) => s.Replace('，', ',').Replace('（', '(').Replace('）', ')');

    static GoldArticle Gold(GeneratedArticle article, IReadOnlyList<string> townships, IReadOnlyList<string> topics, bool halfWidth, List<string> others)
    {
        var body = Body(article, halfWidth);
        var byline = article.Kind == ArticleKind.Photo ? article.Credit : article.Byline;
        return new GoldArticle(
            article.Kind == ArticleKind.Photo ? "photo" : "news",
            article.Title is null ? null : article.Kicker,
            article.Title,
            article.Title is null ? null : article.Subtitle,
            byline is not null && halfWidth ? HalfWidth(byline) : byline,
            Unique(body, fromEnd: false, others),
            Unique(body, fromEnd: true, others),
            townships,
            topics,
            article.Sections.Any(s => s.Heading is not null) ? [.. article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!)] : null);
    }

    /// <summary>
    /// The article's first or last words, long enough that no other article on the page contains
    /// them (common endings such as 高质量发展。 would otherwise match two articles).
    /// </summary>
    static string Unique(string body, bool fromEnd, List<string> others)
    {
        for (var length = fromEnd ? LastLength : FirstLength; ; length += 4)
        {
            var n = Math.Min(length, body.Length);
            var snippet = fromEnd ? body[^n..] : body[..n];
            var key = Compare(snippet);
            if (n == body.Length || !others.Any(o => Compare(o).Contains(key, StringComparison.Ordinal)))
                return snippet;
        }
    }
}
