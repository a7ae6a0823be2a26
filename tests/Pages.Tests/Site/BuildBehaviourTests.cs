using AngleSharp.Html.Parser;
using Pages.Build;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>Determinism, atomic publishing, the link check and escaping, each with builds of its own.</summary>
public sealed class BuildBehaviourTests : TempFolder
{


    string Theme(string template, string content)
    {
        var theme = Path.Combine(Folder, "mytheme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        File.WriteAllText(Path.Combine(theme, "templates", template), content);
        return theme;
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var a = SiteBuilder.Build(SampleSite.Options(Path.Combine(Folder, "a")));
        var b = SiteBuilder.Build(SampleSite.Options(Path.Combine(Folder, "b")));
        Assert.True(a.Succeeded && b.Succeeded);
        var (ha, hb) = (Hashes(Path.Combine(Folder, "a")), Hashes(Path.Combine(Folder, "b")));
        Assert.True(ha.Count > 90);
        Assert.Equal(ha, hb);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        var output = Path.Combine(Folder, "site");
        Assert.True(SiteBuilder.Build(SampleSite.Options(output)).Succeeded);
        var before = Hashes(output);

        var broken = Theme("article.html", "<h1>{{ for x in }}</h1>");
        var result = SiteBuilder.Build(SampleSite.Options(output, broken));

        Assert.False(result.Succeeded);
        Assert.Contains("article.html:1", result.Failure);
        Assert.Equal(before, Hashes(output));
        Assert.Single(Directory.GetDirectories(Folder), d => Path.GetFileName(d) == "site");
        Assert.DoesNotContain(Directory.GetDirectories(Folder), d => Path.GetFileName(d).Contains("building", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_builds_into_one_folder_at_once_are_refused()
    {
        var output = Path.Combine(Folder, "site");
        using (new StagingFolder(output))
        {
            var result = SiteBuilder.Build(SampleSite.Options(output));
            Assert.False(result.Succeeded);
            Assert.Contains("another build is writing", result.Failure);
        }
        Assert.True(SiteBuilder.Build(SampleSite.Options(output)).Succeeded);
    }

    [Fact]
    public void A_build_in_another_process_is_refused_while_one_holds_the_folder()
    {
        // The command runs with .NET's file locking off: its lock must hold across processes all the same.
        var output = Path.Combine(Folder, "site");
        using (new StagingFolder(output))
        {
            var (exit, _, error) = Cli.PagesProcess.Run("exec", null, "build", Repo.InputFolder, "-o", output, "-q");
            Assert.NotEqual(0, exit);
            Assert.Contains("another build is writing", error, StringComparison.Ordinal);
        }
        Assert.Equal(0, Cli.PagesProcess.Run("exec", null, "build", Repo.InputFolder, "-o", output, "-q").Exit);
    }

    [Fact]
    public void A_broken_link_fails_the_build_naming_the_page_and_link()
    {
        var output = Path.Combine(Folder, "site");
        var theme = Theme("about.html", "<h1>关于</h1><a href=\"{{ root }}missing/page.html\">?</a>");
        var result = SiteBuilder.Build(SampleSite.Options(output, theme));
        Assert.False(result.Succeeded);
        Assert.Contains("about.html links to 'missing/page.html'", result.Failure);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_kept_page_that_links_to_a_removed_page_fails_the_rebuild()
    {
        // One printed page's articles name an article of another, which goes with its printed page;
        // they are kept from the first build, not rendered again.
        var pages = Path.Combine(Folder, "input-pages");
        Directory.CreateDirectory(pages);
        foreach (var file in Directory.GetFiles(Repo.PagesFolder))
            File.Copy(file, Path.Combine(pages, Path.GetFileName(file)));
        var output = Path.Combine(Folder, "site");
        var theme = Theme("article.html", "<h1>{{ article.title }}</h1>{{ if article.url | string.contains \"004_\" }}<a href=\"{{ root }}"
            + SitePaths.Article("000_1e3030292b08ed47-01") + "\">看</a>{{ end }}");
        BuildOptions Options() => new([pages], output, Repo.SampleConfig, [theme, SampleSite.DefaultTheme]);
        Assert.True(SiteBuilder.Build(Options()).Succeeded);
        // The check reports a broken link once per folder.
        var naming = Directory.GetFiles(Path.Combine(output, "articles"), "004_*.html", SearchOption.AllDirectories).Select(Path.GetDirectoryName).Distinct().Count();

        foreach (var file in Directory.GetFiles(pages, "000_1e3030292b08ed47.*"))
            File.Delete(file);
        var result = SiteBuilder.Build(Options());
        Assert.False(result.Succeeded);
        // Each of them, kept or rendered again (some are: their related articles changed).
        Assert.StartsWith($"{naming} broken link(s)", result.Failure);
        Assert.Contains(" links to '../../" + SitePaths.Article("000_1e3030292b08ed47-01") + "'", result.Failure);
    }

    [Fact]
    public void A_users_theme_overrides_the_default_file_by_file()
    {
        var output = Path.Combine(Folder, "site");
        var theme = Theme("about.html", "<h1>本站说明</h1>");
        Directory.CreateDirectory(Path.Combine(theme, "assets"));
        File.WriteAllText(Path.Combine(theme, "assets", "extra.css"), "body{}");
        Assert.True(SiteBuilder.Build(SampleSite.Options(output, theme)).Succeeded);
        Assert.Contains("<h1>本站说明</h1>", File.ReadAllText(Path.Combine(output, "about.html")));
        Assert.Contains("示范区开展中秋节慰问活动", File.ReadAllText(Path.Combine(output, SitePaths.Article("000_1e3030292b08ed47-01"))));
        Assert.True(File.Exists(Path.Combine(output, "assets", "extra.css")));
        Assert.True(File.Exists(Path.Combine(output, "assets", "site.css")));
    }

    [Fact]
    public void Markup_in_a_page_is_shown_as_text()
    {
        var input = InputWithPage("x.txt",
            "本报讯（记者张三丰） 近日，<script>alert('x')</script>某某区开会，<img src=x onerror=alert(1)>。\n\n<b>某某区</b>开会\n");
        var output = Path.Combine(Folder, "site");
        var result = SiteBuilder.Build(new BuildOptions([input], output, Pages.Config.SiteConfig.Empty, [SampleSite.DefaultTheme]));
        Assert.True(result.Succeeded, result.Failure);
        var html = File.ReadAllText(Path.Combine(output, SitePaths.Article("x-01")));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("<b>某某区</b>开会", page.QuerySelector("article h1")!.TextContent);
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector(".article-body p")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("article script, article img, article b"));
    }

    [Fact]
    public void A_page_named_to_escape_the_output_folder_cannot()
    {
        var input = InputWithPage("..%2F..%2Fevil.txt", "某某区开会\n\n本报讯（记者张三丰） 近日开会。\n");
        var output = Path.Combine(Folder, "site");
        Assert.True(SiteBuilder.Build(new BuildOptions([input], output, Pages.Config.SiteConfig.Empty, [SampleSite.DefaultTheme])).Succeeded);
        AssertNothingWrittenOutside(output, input);
        Assert.Throws<IOException>(() => new StagingFolder(Path.Combine(Folder, "o")).Resolve("../x.html"));
    }
}
