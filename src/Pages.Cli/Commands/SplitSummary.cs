using Pages.Model;

namespace Pages.Cli.Commands;

/// <summary>The readable form of `pages split`: a line per article with its kind, title, byline and lines.</summary>
internal static class SplitSummary
{
    public static void Write(IEnumerable<SplitPage> pages, TextWriter output)
    {
        foreach (var page in pages)
        {
            output.WriteLine($"{page.File}  ({page.Articles.Length} articles, headlines {(page.Layout == PageLayout.HeadlinesAfterBody ? "after" : "before")} the body)");
            foreach (var a in page.Articles)
            {
                var title = a.Title is null ? "(no headline) " + Opening(a) : (a.Kicker is null ? "" : a.Kicker.Text + " | ") + a.Title.Text;
                var byline = (a.Byline ?? a.PhotoCredit)?.Text ?? "-";
                output.WriteLine($"  {a.Number,2} {a.Kind.ToString().ToLowerInvariant(),-6} {title}  [{byline}]  lines {a.Span.FirstLine}-{a.Span.LastLine}");
            }
        }
    }

    static string Opening(Article a)
    {
        var text = a.Text.Replace('\n', ' ');
        return text.Length <= 16 ? text : text[..16] + "…";
    }
}
