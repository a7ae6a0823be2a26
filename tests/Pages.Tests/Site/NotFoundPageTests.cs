using Pages.Build;
using Pages.Config;

namespace Pages.Tests.Site;

public sealed class NotFoundPageTests : TempFolder
{
    [Fact]
    public void With_the_sites_address_configured_the_404_page_links_absolutely()
    {
        var config = Repo.SampleConfig with { Site = Repo.SampleConfig.Site with { BaseUrl = "https://archive.example.org/paper" } };
        var output = Path.Combine(Folder, "site");
        Assert.True(SiteBuilder.Build(new BuildOptions([Repo.InputFolder], output, config, [SampleSite.DefaultTheme])).Succeeded);
        var page = File.ReadAllText(Path.Combine(output, "404.html"));
        Assert.Contains("href=\"https://archive.example.org/paper/index.html\"", page);
        Assert.Contains("href=\"index.html\"", File.ReadAllText(Path.Combine(output, "about.html")));
        Assert.Contains("<loc>https://archive.example.org/paper/index.html</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
    }
}
