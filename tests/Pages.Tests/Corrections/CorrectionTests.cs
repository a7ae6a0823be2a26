using System.Text.Json;
using AngleSharp.Html.Parser;
using Pages.Archive;
using Pages.Build;
using Pages.Model;
using Pages.Tests.Site;

namespace Pages.Tests.Corrections;

/// <summary>Each kind of correction applied to a sample page, in the split and in the site.</summary>
public sealed class CorrectionTests : TempFolder
{
    const string Page = "000_1e3030292b08ed47";

    /// <summary>Copies sample page 000 into a folder of its own, with <paramref name="fixes"/> as its corrections file.</summary>
    string PageWith(string fixes)
    {
        var pages = Path.Combine(Folder, "input", "pages");
        Directory.CreateDirectory(pages);
        File.Copy(Path.Combine(Repo.PagesFolder, Page + ".txt"), Path.Combine(pages, Page + ".txt"));
        File.WriteAllText(Path.Combine(pages, Page + ".fix.yml"), fixes);
        return pages;
    }

    LoadedArchive Load(string fixes) => ArchiveLoader.Load([PageWith(fixes)], Repo.SampleConfig);

    [Theory]
    [InlineData("- article: 玉米苞叶的处置是三秋禁烧\n  split_at: 为防止玉米苞叶乱堆乱放\n", 1)]
    [InlineData("- article: 近日，在美国客户\n  merge_next: true\n", -1)]
    public void A_split_or_merge_leaves_the_other_articles_search_numbers_as_they_were(string fixes, int more)
    {
        // Keyed by the line each article starts on, which the correction leaves as it was for the others.
        static Dictionary<int, int> Numbers(LoadedArchive archive)
        {
            var site = Pages.Site.SiteModelBuilder.Build(archive);
            var numbers = Pages.Search.SearchNumbers.Of(site);
            return site.Articles.ToDictionary(a => a.Tagged.Article.Span.FirstLine, a => numbers.Of(a.Order));
        }
        var pages = PageWith("");
        var before = Numbers(ArchiveLoader.Load([pages], Repo.SampleConfig));
        File.WriteAllText(Path.Combine(pages, Page + ".fix.yml"), fixes);
        var after = Numbers(ArchiveLoader.Load([pages], Repo.SampleConfig));
        Assert.Equal(before.Count + more, after.Count);
        Assert.Equal(after.Count, after.Values.Distinct().Count());
        Assert.All(after.Values, n => Assert.InRange(n, 0, Pages.Search.SearchNumbers.PageRun - 1));
        var kept = before.Keys.Intersect(after.Keys).ToList();
        Assert.True(kept.Count >= before.Count - 1);
        // An article the correction did not touch keeps its number unless it clashed with one the
        // correction added or removed (then it takes the next free number): the merge here frees
        // the number that one other article had wanted, and it moves there; the split moves none.
        var moved = kept.Count(line => before[line] != after[line]);
        Assert.True(moved <= (more < 0 ? 1 : 0),
            string.Join(" ", before.Select(p => $"{p.Key}:{p.Value}")) + " / " + string.Join(" ", after.Select(p => $"{p.Key}:{p.Value}")));
    }

    [Fact]
    public void A_headline_is_set_for_an_article_printed_without_one()
    {
        var archive = Load("- article: 今年上半年，地区生产总值\n  title: 示范区经济运行稳中有进\n  kicker: 抓项目 抓工业\n");
        Assert.Empty(archive.Problems);
        var article = archive.Pages[0].Articles[1].Article;
        Assert.Equal("示范区经济运行稳中有进", article.Title!.Text);
        Assert.Equal("抓项目 抓工业", article.Kicker!.Text);
        Assert.Equal(["kicker", "title"], article.Corrected.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_articles_are_merged_and_the_rest_renumbered()
    {
        var archive = Load("- article: 近日，在美国客户\n  merge_next: true\n");
        var articles = archive.Pages[0].Articles;
        Assert.Equal(9, articles.Length);
        var merged = articles[2].Article;
        Assert.Equal("瑞庆公司又一款小型发动机将出口美国", merged.Title!.Text);
        Assert.Contains("为加强对农村干部", merged.Text);
        Assert.Equal("示范区对村两委干部实行绩效考评", merged.Sections[^1].Heading!.Text);
        Assert.Equal(4, articles[3].Article.Number);
    }

    [Fact]
    public void An_article_is_split_in_two_where_the_second_begins()
    {
        var archive = Load("- article: 为防止玉米苞叶乱堆乱放\n  split_at: 为防止玉米苞叶乱堆乱放\n- article: 玉米苞叶的处置是三秋禁烧\n  split_at: 为防止玉米苞叶乱堆乱放\n");
        var articles = archive.Pages[0].Articles;
        Assert.Single(archive.Problems);
        Assert.Equal(11, articles.Length);
        Assert.EndsWith("消除了玉米苞叶焚烧隐患。", articles[5].Article.Text);
        Assert.StartsWith("为防止玉米苞叶乱堆乱放", articles[6].Article.Text);
        Assert.Null(articles[6].Article.Title);
        Assert.Equal(["split"], articles[6].Article.Corrected.ToArray());
    }

    [Fact]
    public void A_headline_is_moved_to_the_article_it_belongs_to()
    {
        var archive = Load("- article: 玉米苞叶的处置是三秋禁烧\n  move_headline_to: 三秋秸秆禁烧工作开展以来\n");
        var articles = archive.Pages[0].Articles;
        Assert.Null(articles[5].Article.Title);
        Assert.Equal("妥善处置玉米苞叶", articles[6].Article.Title!.Text);
        Assert.Equal("苏家作乡", articles[6].Article.Kicker!.Text);
    }

    [Fact]
    public void An_article_is_marked_as_furniture()
    {
        var archive = Load("- article: 9月25日，市大沙河\n  furniture: true\n");
        var page = archive.Pages[0];
        Assert.Equal(9, page.Articles.Length);
        Assert.DoesNotContain(page.Articles, a => a.Article.Kind == ArticleKind.Photo);
        Assert.Contains(page.Split.Furniture, f => f.Text.Contains("9月25日", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misprint_is_corrected_and_the_printed_text_kept()
    {
        var archive = Load("- article: 示范区开展中秋节慰问活动\n  replace: {宁国镇: 宁郭镇}\n  byline: 本报讯（记者付凯明 通讯员张攀）\n");
        var article = archive.Pages[0].Articles[0].Article;
        Assert.DoesNotContain("宁国镇", article.Text);
        Assert.Contains("宁郭镇新建的敬老院", article.Text);
        Assert.Contains("宁国镇", article.PrintedText);
        Assert.Equal(["付凯明", "张攀"], article.Credits.Select(c => c.Name));
        Assert.Contains("宁国镇", archive.Pages[0].Source.Text);
    }

    [Fact]
    public void Tags_are_set_and_removed()
    {
        var archive = Load("- article: 瑞庆公司又一款\n  add_townships: [阳庙镇]\n  topics: [科技, 工业]\n- article: 示范区开展中秋节\n  remove_townships: [文昌街道]\n");
        var articles = archive.Pages[0].Articles;
        Assert.Equal(["阳庙镇"], articles[2].Tags.Townships.ToArray());
        Assert.Equal(["科技", "工业"], articles[2].Tags.Topics.ToArray());
        Assert.DoesNotContain("文昌街道", articles[0].Tags.Townships);
    }

    [Fact]
    public void A_correction_that_no_longer_matches_is_reported_with_file_and_line()
    {
        var archive = Load("- article: 示范区开展中秋节\n  title: 中秋\n\n- article: 这段文字不在版面上\n  title: 无\n");
        var problem = Assert.Single(archive.Problems);
        Assert.EndsWith(Page + ".fix.yml", problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("这段文字不在版面上", problem.Message);
        Assert.Equal("中秋", archive.Pages[0].Articles[0].Article.Title!.Text);
    }

    [Fact]
    public void A_broken_corrections_file_names_its_line_and_the_page_is_built_without_it()
    {
        var archive = Load("- article: 示范区开展中秋节\n  titel: 中秋\n");
        Assert.Equal(2, Assert.Single(archive.Problems).Line);
        Assert.Equal(10, archive.Pages[0].Articles.Length);
    }

    [Fact]
    public void The_site_shows_every_kind_of_correction()
    {
        var pages = PageWith(string.Join('\n',
            "- article: 今年上半年，地区生产总值",
            "  title: 示范区经济运行稳中有进",
            "- article: 近日，在美国客户",
            "  merge_next: true",
            "- article: 示范区开展中秋节慰问活动",
            "  replace: {宁国镇: 宁郭镇}",
            "  add_townships: [李万街道]",
            "  topics: [民生, 社会治理]",
            "- article: 玉米苞叶的处置是三秋禁烧",
            "  split_at: 为防止玉米苞叶乱堆乱放",
            "  move_headline_to: 三秋秸秆禁烧工作",
            "- article: 9月25日，市大沙河",
            "  furniture: true",
            ""));
        var output = Path.Combine(Folder, "output");
        var result = SiteBuilder.Build(new BuildOptions([pages], output, Repo.SampleConfig, [SampleSite.DefaultTheme]));
        Assert.True(result.Succeeded, result.Failure);
        Assert.Empty(result.Problems);
        var parser = new HtmlParser();
        string Open(string path) => File.ReadAllText(Path.Combine(output, path));
        var pageView = parser.ParseDocument(Open(Pages.Site.SitePaths.Page(Page)));
        var titles = pageView.QuerySelectorAll(".article-list .title").Select(t => t.TextContent).ToList();
        Assert.Equal("示范区经济运行稳中有进", titles[1]);
        Assert.DoesNotContain(titles, t => t.StartsWith("9月25日", StringComparison.Ordinal));
        Assert.Equal(9, titles.Count);
        var first = parser.ParseDocument(Open(Pages.Site.SitePaths.Article($"{Page}-01")));
        Assert.Contains("宁郭镇新建的敬老院", first.QuerySelector(".article-body")!.TextContent);
        Assert.Contains(first.QuerySelectorAll(".article-tags a"), a => a.TextContent == "社会治理");
        var merged = parser.ParseDocument(Open(Pages.Site.SitePaths.Article($"{Page}-03")));
        Assert.Contains("为加强对农村干部", merged.QuerySelector(".article-body")!.TextContent);
        var moved = parser.ParseDocument(Open(Pages.Site.SitePaths.Article($"{Page}-05")));
        Assert.Contains("原版未印标题", moved.QuerySelector("article .note")?.TextContent ?? "");
        Assert.Equal("妥善处置玉米苞叶", parser.ParseDocument(Open(Pages.Site.SitePaths.Article($"{Page}-07"))).QuerySelector("article h1")!.TextContent);
    }

    [Fact]
    public void The_site_and_the_export_show_the_correction()
    {
        var pages = PageWith("- article: 今年上半年，地区生产总值\n  title: 示范区经济运行稳中有进\n");
        var output = Path.Combine(Folder, "output");
        var result = SiteBuilder.Build(new BuildOptions([pages], output, Repo.SampleConfig, [SampleSite.DefaultTheme]));
        Assert.True(result.Succeeded, result.Failure);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, Pages.Site.SitePaths.Article(Page + "-02"))));
        Assert.Equal("示范区经济运行稳中有进", html.QuerySelector("article h1")!.TextContent);
        using var export = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data", "undated.json")));
        var article = export.RootElement[0].GetProperty("articles")[1];
        Assert.Equal("示范区经济运行稳中有进", article.GetProperty("title").GetString());
        Assert.Equal("title", article.GetProperty("corrected")[0].GetString());
    }
}
