using System.Globalization;
using Pages.Archive;
using Pages.Export;
using Pages.Model;

using Pages.Text;

namespace Pages.Site;

/// <summary>Builds the <see cref="SiteModel"/> from the loaded archive: orders, groups, links and facets.</summary>
public static class SiteModelBuilder
{
    /// <summary>Length of a display title made from an article's opening words.</summary>
    const int OpeningWords = 18;

    public static SiteModel Build(LoadedArchive archive)
    {
        var config = archive.Config;
        var issues = new List<IssueEntry>();
        var pages = new List<PageEntry>();
        var articles = new List<ArticleEntry>();

        // Issues by date, oldest first; pages in an issue by page number, then name. Undated pages last.
        var ordered = archive.Pages
            .OrderBy(p => p.Meta.Date is null)
            .ThenBy(p => p.Meta.Date)
            .ThenBy(p => p.Meta.PageNumber ?? int.MaxValue)
            .ThenBy(p => p.Split.Name, StringComparer.Ordinal);
        foreach (var group in ordered.GroupBy(p => p.Meta.Date))
        {
            var issue = new IssueEntry
            {
                Slug = group.Key?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",
                Date = group.Key,
                Label = group.Key is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "日期不详",
            };
            issues.Add(issue);
            foreach (var loaded in group)
            {
                var page = new PageEntry { Loaded = loaded, Slug = Slugs.For(loaded.Split.Name, "p"), Issue = issue, Label = PageLabel(loaded) };
                if (pages.Count > 0)
                {
                    page.Previous = pages[^1];
                    pages[^1].Next = page;
                }
                pages.Add(page);
                issue.Pages.Add(page);
                foreach (var tagged in loaded.Articles)
                {
                    var entry = new ArticleEntry
                    {
                        Tagged = tagged,
                        Id = ArticleIds.Of(tagged.Article),
                        Slug = $"{page.Slug}-{tagged.Article.Number:D2}",
                        Page = page,
                        Order = articles.Count,
                    };
                    if (page.Articles.Count > 0)
                    {
                        entry.Previous = page.Articles[^1];
                        page.Articles[^1].Next = entry;
                    }
                    page.Articles.Add(entry);
                    articles.Add(entry);
                }
            }
        }

        var facets = new FacetBuilder(config, articles);
        var model = new SiteModel
        {
            Config = config,
            Issues = issues,
            Pages = pages,
            Articles = articles,
            Zone = facets.Zone,
            Townships = facets.Townships,
            Villages = facets.Villages,
            Topics = facets.Topics,
            Authors = facets.Authors,
            Years = facets.Years,
        };
        RelatedArticles.Find(articles);
        return model;
    }

    static string PageLabel(LoadedPage page)
    {
        var meta = page.Meta;
        var parts = new List<string>();
        if (meta.PageNumber is { } n)
            parts.Add($"第{n}版");
        if (meta.Section is { } s)
            parts.Add(s);
        return parts.Count > 0 ? string.Join(" · ", parts) : page.Split.Name;
    }

    /// <summary>The printed title, or for an article printed without one its opening words.</summary>
    internal static string DisplayTitle(Article article)
    {
        if (article.Title is { } title)
            return title.Text;
        var text = article.Text.Replace('\n', ' ').Trim();
        if (text.Length == 0)
            text = (article.Byline ?? article.PhotoCredit)?.Text ?? "（无文字）";
        // Counting text elements walks the whole string: count them in a head long enough to hold
        // the opening words (a text element is at least one char), in the whole text only if it is not.
        var head = text.Length > OpeningWords * 4 ? text[..(OpeningWords * 4)] : text;
        if (TextElements.Count(head) > OpeningWords)
            return TextElements.Take(head, OpeningWords) + "…";
        return TextElements.Count(text) <= OpeningWords ? text : TextElements.Take(text, OpeningWords) + "…";
    }
}
