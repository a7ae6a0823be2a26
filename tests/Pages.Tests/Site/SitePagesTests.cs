using AngleSharp.Dom;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>Each kind of page of the built sample site, read with AngleSharp selectors.</summary>
[Collection(nameof(SampleSite))]
public class SitePagesTests(SampleSite site)
{
    /// <summary>The 中秋 article of page 000: kicker, title, byline, six townships, first on its page.</summary>
    static readonly string Article = SitePaths.Article("000_1e3030292b08ed47-01");

    /// <summary>The article after it on its page.</summary>
    static readonly string Second = SitePaths.Article("000_1e3030292b08ed47-02");

    static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Fact]
    public void An_article_page_shows_headline_byline_text_and_tags()
    {
        var page = site.Open(Article);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("月满中秋 情满人间", Text(page, "article .kicker"));
        Assert.Equal("示范区开展中秋节慰问活动", Text(page, "article h1"));
        Assert.Equal("本报讯（记者付凯明）", Text(page, "article .byline-text"));
        Assert.StartsWith("9月24日，在中秋节即将到来之际", Text(page, ".article-body p"));
        var townships = page.QuerySelectorAll(".article-tags a.tag").Select(a => a.TextContent).ToList();
        Assert.Contains("宁郭镇", townships);
        Assert.Contains("阳庙镇", townships);
        var link = page.QuerySelectorAll(".article-tags a.tag").First(a => a.TextContent == "阳庙镇").GetAttribute("href")!;
        Assert.StartsWith(SitePaths.RootFrom(Article) + "townships/", link);
        Assert.EndsWith(".html", link);
    }

    [Fact]
    public void Articles_link_to_the_previous_and_next_on_their_page()
    {
        var first = site.Open(Article);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(SitePaths.RootFrom(Article) + Second, first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = site.Open(Second);
        Assert.Contains("上一篇", second.QuerySelector(".pager a[rel=prev]")!.TextContent);
        Assert.Equal(SitePaths.RootFrom(Second) + Article, second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void An_article_without_a_printed_headline_gets_a_marked_display_title()
    {
        var page = site.Open(Second);
        Assert.StartsWith("今年上半年", Text(page, "article h1.untitled"));
        Assert.Contains("原版未印标题", Text(page, "article .note"));
    }

    [Fact]
    public void An_article_carries_a_citation_and_related_articles()
    {
        var page = site.Open(Article);
        Assert.Contains("《示范区开展中秋节慰问活动》", Text(page, ".citation"));
        Assert.Equal(SitePaths.RootFrom(Article) + Article, page.QuerySelector(".cite a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".related .article-list li"));
    }

    [Fact]
    public void A_page_view_lists_its_articles_in_order_and_shows_the_printed_text()
    {
        var page = site.Open(SitePaths.Page("000_1e3030292b08ed47"));
        var titles = page.QuerySelectorAll(".article-list .title").Select(t => t.TextContent).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Equal("示范区开展中秋节慰问活动", titles[0]);
        Assert.Equal("瑞庆公司又一款小型发动机将出口美国", titles[2]);
        Assert.Contains("本报讯（记者付凯明） 9 月 24 日，在中", Text(page, ".printed-text"));
        Assert.Equal(SitePaths.RootFrom(SitePaths.Page("001_4dc2b9dba45573ff")) + SitePaths.Page("001_4dc2b9dba45573ff"), page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("不详", page.QuerySelectorAll(".page-facts dd")[0].TextContent);
    }

    /// <summary>Issues are listed a year to a page (the sample's pages have no dates: one year, 日期不详), and an issue leads back to its year.</summary>
    [Fact]
    public void The_issues_are_listed_by_year()
    {
        var index = site.Open("issues/index.html");
        var year = Assert.Single(index.QuerySelectorAll(".year-list a"));
        Assert.Equal(("../issues/year-undated.html", "日期不详"), (year.GetAttribute("href"), year.TextContent));

        var undated = site.Open("issues/year-undated.html");
        Assert.Equal("日期不详", Text(undated, "h1"));
        Assert.Equal("../issues/undated.html", undated.QuerySelector(".issue-block h2 a")!.GetAttribute("href"));
        Assert.Equal(5, undated.QuerySelectorAll(".page-list a").Length);

        var issue = site.Open("issues/undated.html");
        Assert.Equal(["../issues/index.html", "../issues/year-undated.html"], issue.QuerySelectorAll(".crumbs a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_home_page_shows_the_archive_at_a_glance()
    {
        var page = site.Open("index.html");
        Assert.Contains("36", Text(page, ".stats"));
        Assert.Contains(page.QuerySelectorAll(".side-column a"), a => a.TextContent == "阳庙镇");
        Assert.Contains(page.QuerySelectorAll(".side-column a"), a => a.TextContent == "民生");
        Assert.NotEmpty(page.QuerySelectorAll(".main-column .article-list li"));
    }

    [Fact]
    public void A_township_page_lists_its_articles_and_villages()
    {
        var index = site.Open("townships/index.html");
        var href = index.QuerySelectorAll(".facet-index > li > a").First(a => a.TextContent == "阳庙镇").GetAttribute("href")!;
        var township = site.Open(Path.GetFullPath(Path.Combine(site.Output, "townships", href))[(site.Output.Length + 1)..]);
        Assert.Equal("阳庙镇", Text(township, "h1"));
        Assert.Contains(township.QuerySelectorAll(".article-list .title"), t => t.TextContent == "筑牢秸秆禁烧“防火墙”");
        Assert.Contains(township.QuerySelectorAll(".facet-cloud a"), a => a.TextContent == "小梁庄村");
    }

    [Theory]
    [InlineData("topics/index.html", "主题")]
    [InlineData("authors/index.html", "作者")]
    [InlineData("years/index.html", "年份")]
    [InlineData("issues/index.html", "版面")]
    [InlineData("about.html", "关于本站")]
    [InlineData("404.html", "找不到这个页面")]
    [InlineData("search.html", "检索")]
    public void Every_other_page_exists_with_its_heading(string path, string heading) =>
        Assert.Equal(heading, Text(site.Open(path), "main h1"));

    [Fact]
    public void An_author_page_lists_the_authors_articles()
    {
        var index = site.Open("authors/index.html");
        var first = index.QuerySelector(".facet-index > li > a")!;
        Assert.Equal("付凯明", first.TextContent);
        var author = site.Open("authors/" + first.GetAttribute("href"));
        Assert.True(author.QuerySelectorAll(".article-list li").Length >= 10);
    }

    [Fact]
    public void Feed_sitemap_and_export_are_written()
    {
        var feed = File.ReadAllText(Path.Combine(site.Output, "feed.xml"));
        Assert.Contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", feed);
        Assert.Contains("示范区开展中秋节慰问活动", feed);
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>" + Article + "</loc>", sitemap);
        // The sample's pages carry no dates: one file, of the undated pages, listed on the about page.
        Assert.Equal(["undated.json"], Directory.EnumerateFiles(Path.Combine(site.Output, "data")).Select(Path.GetFileName));
        Assert.NotNull(site.Open("about.html").QuerySelector("a[href='data/undated.json']"));
        using var export = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "data", "undated.json")));
        Assert.Equal(5, export.RootElement.GetArrayLength());
        Assert.Equal("示范区开展中秋节慰问活动", export.RootElement[0].GetProperty("articles")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Every_link_names_a_file_and_nothing_is_loaded_from_outside()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Open(Path.GetRelativePath(site.Output, file));
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(link.StartsWith("http:", StringComparison.Ordinal) || link.StartsWith("https:", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal), $"{file}: {link}");
                Assert.False(link.StartsWith('/'), $"{file}: {link} is not page-relative");
                var path = link.Split('#')[0].Split('?')[0];
                if (path.Length > 0)
                    Assert.True(path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal), $"{file}: {link} does not name a file");
            }
        }
    }

    [Fact]
    public void The_quality_report_is_in_the_output_and_linked_from_nowhere()
    {
        var report = site.Open("quality-report.html");
        Assert.Contains(report.QuerySelectorAll("table.quality td"), td => td.TextContent == "no-headline");
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("quality-report.html", File.ReadAllText(file));
        Assert.DoesNotContain("quality-report.html", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void The_build_reports_every_stage()
    {
        Assert.Equal(["read", "split", "tag", "organize", "index", "render", "check", "write"], site.Result.Stages.Select(s => s.Name));
        Assert.Equal(36, site.Result.Articles);
        Assert.All(site.Result.Stages, s => Assert.True(s.Milliseconds >= 0));
    }
}
