using AngleSharp.Html.Parser;
using Pages.Archive;
using Pages.Model;
using Pages.Quality;
using Pages.Site;
using Pages.Site.Theming;

namespace Pages.Tests.Site;

/// <summary>
/// The quality report is paged like the lists of articles: a large archive's thousands of findings
/// would otherwise be one page of many megabytes, rendered again whenever one finding changed.
/// </summary>
public sealed class QualityPagesTests
{
    static readonly SiteModel Site = SiteModelBuilder.Build(ArchiveLoader.Load([Repo.PagesFolder], Repo.SampleConfig));

    static List<Finding> Findings(int count) => [.. Enumerable.Range(1, count).Select(i =>
        new Finding(i % 3 == 0 ? Severity.Error : Severity.Warning, i % 2 == 0 ? "short" : "no-headline", $"pages/<p{i}>.txt", i, $"finding {i} & more"))];

    static Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument> Render(IReadOnlyList<Finding> findings, int pageSize)
    {
        var templates = new TemplateRenderer(new Theme([Path.Combine(Repo.Root, "theme")]));
        var parser = new HtmlParser();
        return new SiteRenderer(Site, findings) { QualityPageSize = pageSize }.Jobs()
            .Where(j => SitePaths.IsQualityReport(j.Path))
            .ToDictionary(j => j.Path, j => parser.ParseDocument(j.Model().Render(templates)));
    }

    [Fact]
    public void Every_finding_is_on_one_page_and_the_pages_link_each_other()
    {
        var pages = Render(Findings(7), pageSize: 3);
        Assert.Equal(["quality-report-2.html", "quality-report-last.html", "quality-report.html"], pages.Keys.Order(StringComparer.Ordinal));
        var rows = pages.Values.SelectMany(d => d.QuerySelectorAll("table.quality:not(.quality-summary) tbody tr")).Select(r => r.Children[0].TextContent).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"pages/<p{i}>.txt:{i}").Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        // Text is escaped, not markup.
        Assert.Contains("finding 1 & more", pages["quality-report.html"].QuerySelector("table.quality:not(.quality-summary) tbody td:last-child")!.TextContent);
        Assert.Equal("质量报告（第2页）", pages["quality-report-2.html"].QuerySelector("h1")!.TextContent);
        var links = pages["quality-report.html"].QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("quality-report-2.html", links);
        Assert.Contains("quality-report-last.html", links);
        Assert.Contains("quality-report-2.html", pages["quality-report-last.html"].QuerySelectorAll("nav.pager a[rel=prev]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Only_the_first_page_counts_the_findings_by_check()
    {
        var pages = Render(Findings(7), pageSize: 3);
        var summary = pages["quality-report.html"].QuerySelectorAll("table.quality-summary tbody tr")
            .ToDictionary(r => r.Children[0].TextContent, r => (r.Children[1].TextContent, r.Children[2].TextContent));
        // Findings 1, 3, 5, 7 are no-headline (3 an error), 2, 4, 6 short (6 an error).
        Assert.Equal(("1", "3"), summary["no-headline"]);
        Assert.Equal(("1", "2"), summary["short"]);
        Assert.Contains("共 7 条", pages["quality-report.html"].QuerySelector("p.lead")!.TextContent);
        Assert.Null(pages["quality-report-2.html"].QuerySelector("table.quality-summary"));
    }

    [Fact]
    public void A_report_that_fits_one_page_has_no_pager_and_no_page_is_in_the_sitemap()
    {
        var pages = Render(Findings(3), pageSize: 3);
        Assert.Equal(["quality-report.html"], pages.Keys);
        Assert.Null(pages["quality-report.html"].QuerySelector("nav.pager"));
        Assert.True(SitePaths.IsQualityReport("quality-report-last.html"));
        Assert.False(SitePaths.IsQualityReport("townships/quality-report-2.html"));
        Assert.False(SitePaths.IsQualityReport("issues.html"));
    }
}
