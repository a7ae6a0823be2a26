using Pages.Site.Views;

namespace Pages.Site;

/// <summary>
/// Lists every HTML page of the site as a <see cref="RenderJob"/>: the home page, issues, pages,
/// articles, the browse pages for townships, villages, topics, authors and years, search, about and
/// 404. Rendering happens when a job runs, so pages can be rendered in parallel and written as they
/// come.
/// </summary>
public sealed class SiteRenderer(SiteModel site, IReadOnlyList<Quality.Finding>? findings = null)
{
    /// <summary>How many articles the home page lists.</summary>
    const int LatestCount = 12;

    readonly ViewBuilder views = new(site);

    /// <summary>Findings on one page of the quality report (settable for tests).</summary>
    internal int QualityPageSize { get; init; } = 500;

    public IEnumerable<RenderJob> Jobs()
    {
        yield return Job(SitePaths.Home, "home.html", site.Config.Site.Title, "home", HomeView, site.Config.Site.Description);
        // Issues by year: one page listing every printed page of the archive grew with it (3 MB at
        // 20,000 pages), and was rendered again whenever an issue was added.
        var years = site.Issues.GroupBy(i => i.Date?.Year).ToList();
        yield return Job(SitePaths.Issues, "issues.html", "版面", "issues", () => new IssuesView([.. years.Select(y =>
            new IssueYearLink(SitePaths.IssuesOfYear(YearSlug(y.Key)), YearLabel(y.Key), y.Count(), y.Sum(i => i.ArticleCount)))]));
        foreach (var year in years)
        {
            var label = YearLabel(year.Key);
            yield return Job(SitePaths.IssuesOfYear(YearSlug(year.Key)), "issues-year.html", $"{label}版面", "issues",
                () => new IssueYearView(label, [.. year.Select(ViewBuilder.IssueSummary)]));
        }
        for (var i = 0; i < site.Issues.Count; i++)
        {
            var issue = site.Issues[i];
            var previous = ViewBuilder.Neighbour(i > 0 ? site.Issues[i - 1] : null);
            var next = ViewBuilder.Neighbour(i + 1 < site.Issues.Count ? site.Issues[i + 1] : null);
            var year = new NeighbourLink(SitePaths.IssuesOfYear(YearSlug(issue.Date?.Year)), YearLabel(issue.Date?.Year), YearLabel(issue.Date?.Year));
            // Keyed by its sources: its view holds the links of every article in the issue.
            yield return Job(issue.Url, "issue.html", issue.Label, "issues",
                () => new IssueView(ViewBuilder.IssueLink(issue), previous, next, year)) with
            {
                SourceKey = () => Cache.RenderSources.Issue(issue, previous, next, year, views.Site, site.Config.Site.BaseUrl),
            };
        }
        foreach (var page in site.Pages)
        {
            yield return Job(page.Url, "page.html", $"{page.Issue.Label} {page.Label}", "issues",
                () => new PageView(ViewBuilder.Page(page), ViewBuilder.Neighbour(page.Previous), ViewBuilder.Neighbour(page.Next))) with
            {
                Source = () => page.Loaded.Source.File,
                SourceKey = () => Cache.RenderSources.Page(page, views.Site, site.Config.Site.BaseUrl),
            };
        }
        foreach (var article in site.Articles)
        {
            yield return new RenderJob(article.Url, () => new RenderModel("article.html",
                new ArticleView(views.Article(article), ViewBuilder.Neighbour(article.Previous), ViewBuilder.Neighbour(article.Next), ViewBuilder.Links(article.Related)),
                // The description is made with the model: most articles' pages are kept, not built.
                views.Layout(article.Url, article.DisplayTitle, "article", Description(article)))) with
            {
                Source = () => article.Tagged.Article.Span.ToString(),
                SourceKey = () => Cache.RenderSources.Article(article, views.Site, site.Config.Site.BaseUrl),
            };
        }

        var places = new[] { site.Zone }.Concat(site.Townships).ToList();
        yield return Job(SitePaths.Townships, "facets.html", "乡镇街道", "townships",
            () => new FacetsView("乡镇街道", "按乡镇（街道）和村浏览。文章提到的地点，包括别名、旧称和所辖村。", [.. places.Select(ViewBuilder.Facet)]));
        foreach (var facet in places)
            foreach (var job in FacetJobs(facet, null, SitePaths.Townships, "乡镇街道", "townships"))
                yield return job;
        foreach (var township in site.Townships)
            foreach (var village in township.Children.Where(v => v.Articles.Count > 0))
                foreach (var job in FacetJobs(village, township, SitePaths.Townships, "乡镇街道", "townships"))
                    yield return job;

        yield return Job(SitePaths.Topics, "facets.html", "主题", "topics",
            () => new FacetsView("主题", "每篇文章可有多个主题，第一个为主要主题。", [.. site.Topics.Select(ViewBuilder.Facet)]));
        foreach (var facet in site.Topics)
            foreach (var job in FacetJobs(facet, null, SitePaths.Topics, "主题", "topics"))
                yield return job;

        yield return Job(SitePaths.Authors, "facets.html", "作者", "authors",
            () => new FacetsView("作者", "记者、通讯员和摄影者，按署名文章数排列。", [.. site.Authors.Select(ViewBuilder.Facet)]));
        foreach (var facet in site.Authors)
            foreach (var job in FacetJobs(facet, null, SitePaths.Authors, "作者", "authors"))
                yield return job;

        yield return Job(SitePaths.Years, "facets.html", "年份", "years",
            () => new FacetsView("年份", site.Years.Count > 0 ? "按出版年份浏览。" : "本档案的版面尚无出版日期，无法按年份浏览。", [.. site.Years.Select(ViewBuilder.Facet)]));
        foreach (var facet in site.Years)
            foreach (var job in FacetJobs(facet, null, SitePaths.Years, "年份", "years"))
                yield return job;

        yield return Job(SitePaths.Search, "search.html", "检索", "search", () => new EmptyView(), scripts: Search.Export.SearchExport.ClientScripts);
        yield return Job(SitePaths.About, "about.html", "关于本站", "about",
            () => new AboutView([.. DataFile.Of(site).GroupBy(d => d.Year).Select(y => new DataYear(y.Key is { } year ? $"{year}年" : "日期不详",
                [.. y.Select(d => new DataLink(d.Url, d.Label, d.Pages.Count))]))]));
        // A web host serves 404.html at whatever address was not found, so relative links would
        // lead nowhere; with the site's address configured, the 404 page links absolutely.
        var notFound = Job(SitePaths.NotFound, "404.html", "找不到页面", "notfound", () => new EmptyView());
        yield return site.Config.Site.BaseUrl.Length == 0 ? notFound : notFound with
        {
            Model = () => new RenderModel("404.html", new EmptyView(),
                views.Layout(SitePaths.NotFound, "找不到页面", "notfound") with { Root = site.Config.Site.BaseUrl.TrimEnd('/') + "/" }),
        };
        if (findings is not null)
            foreach (var job in QualityJobs(findings))
                yield return job;
    }

    RenderJob Job(string path, string template, string title, string nav, Func<object> view, string description = "", IReadOnlyList<string>? scripts = null) =>
        new(path, () => new RenderModel(template, view(), views.Layout(path, title, nav, description, scripts)));

    /// <summary>
    /// A facet's pages: x.html, x-2.html… and x-last.html for the last, about a hundred articles
    /// each, cut where the articles say (<see cref="ListCuts"/>). Articles are listed in the
    /// archive's order, so those added at the end change the last page, and one added or removed
    /// on an old page the page it is on; a page's address does not depend on how many pages follow
    /// it, so the pages before are kept (<see cref="Pager"/>).
    /// </summary>
    IEnumerable<RenderJob> FacetJobs(FacetEntry facet, FacetEntry? parent, string indexUrl, string indexLabel, string nav)
    {
        var cuts = ListCuts.Pages(facet.Articles.Count, i => facet.Articles[i].Id);
        var pages = cuts.Count;
        string Url(int n) => Pager.Url(facet.Url, n, pages);
        for (var n = 1; n <= pages; n++)
        {
            var number = n;
            var pager = Pager.Of(number, pages, Url);
            var (path, title) = (Url(number), number == 1 ? facet.Name : $"{facet.Name}（第{number}页）");
            var listed = facet.Articles.GetRange(cuts[n - 1].Start, cuts[n - 1].Length);
            // Only the first page says how many articles there are and lists the villages with
            // theirs; the later ones name the facet alone, so that articles added to it render
            // again its first and last pages, not every page of the list.
            var heading = number == 1 ? ViewBuilder.Facet(facet) : ViewBuilder.Named(facet);
            var up = parent is null ? null : ViewBuilder.Named(parent);
            yield return Job(path, "facet.html", title, nav,
                () => new FacetView(heading, up, indexUrl, indexLabel, ViewBuilder.Links(listed), pager)) with
            {
                // Keyed by its sources: building its view builds the links of every article it lists.
                SourceKey = () => Cache.RenderSources.List(path, title, nav,
                    ["facet.html", heading, up, indexUrl, indexLabel, pager],
                    listed, views.Site, site.Config.Site.BaseUrl),
            };
        }
    }

    /// <summary>
    /// The quality report's pages (quality-report.html, quality-report-2.html…, quality-report-last.html),
    /// <see cref="QualityPageSize"/> findings each, each keyed by its findings: a rebuild renders
    /// again the pages whose findings changed, and the first, whose summary counts them all.
    /// </summary>
    IEnumerable<RenderJob> QualityJobs(IReadOnlyList<Quality.Finding> findings)
    {
        var pages = Math.Max(1, (findings.Count + QualityPageSize - 1) / QualityPageSize);
        for (var n = 1; n <= pages; n++)
        {
            var number = n;
            var path = Pager.Url(SitePaths.QualityReport, number, pages);
            var title = number == 1 ? "质量报告" : $"质量报告（第{number}页）";
            var pager = Pager.Of(number, pages, k => Pager.Url(SitePaths.QualityReport, k, pages));
            var summary = number == 1 ? Summary(findings) : null;
            var listed = findings.Skip((number - 1) * QualityPageSize).Take(QualityPageSize).ToList();
            yield return Job(path, "quality.html", title, "quality", () => new QualityView(summary, number, [.. listed.Select(f =>
                new FindingView($"{f.File}:{f.Line}", f.Severity == Model.Severity.Error ? "error" : "warning", f.Check, f.Message))], pager)) with
            {
                // Keyed by its findings: its view (hundreds of rows) was built and hashed at every rebuild.
                SourceKey = () => Cache.RenderSources.Quality(path, title, "quality", [summary, number, pager], listed, views.Site, site.Config.Site.BaseUrl),
            };
        }
    }

    static QualitySummary Summary(IReadOnlyList<Quality.Finding> findings) => new(findings.Count, [.. findings
        .GroupBy(f => f.Check, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new CheckCount(g.Key, g.Count(f => f.Severity == Model.Severity.Error), g.Count(f => f.Severity != Model.Severity.Error)))]);

    HomeView HomeView()
    {
        var latest = site.Issues.LastOrDefault(i => i.Date is not null) ?? (site.Issues.Count > 0 ? site.Issues[^1] : null);
        var latestView = latest is null
            ? new LatestView("最新文章", null, [], [])
            : new LatestView(
                latest.Date is null ? "最新文章" : $"最新一期：{latest.Label}",
                latest.Url,
                [.. latest.Pages.Select(ViewBuilder.PageLink)],
                ViewBuilder.Links(latest.Pages.SelectMany(p => p.Articles).Take(LatestCount)));
        return new HomeView(
            new StatsView(site.Issues.Count(i => i.Date is not null), site.Pages.Count, site.Articles.Count, ViewBuilder.DateSpan(site)),
            latestView,
            ViewBuilder.Facet(site.Zone),
            [.. site.Townships.Select(ViewBuilder.Facet)],
            [.. site.Topics.Select(ViewBuilder.Facet)],
            [.. site.Years.Select(ViewBuilder.Facet)]);
    }

    static string YearSlug(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated";

    static string YearLabel(int? year) => year is { } y ? $"{y}年" : "日期不详";

    /// <summary>The article's first hundred characters, on one line.</summary>
    static string Description(ArticleEntry article)
    {
        var text = article.Tagged.Article.Opening(DescriptionLength + 1).Replace('\n', ' ');
        return text.Length <= DescriptionLength ? text : text[..DescriptionLength] + "…";
    }

    const int DescriptionLength = 100;
}
