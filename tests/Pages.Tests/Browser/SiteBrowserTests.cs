using Microsoft.Playwright;
using Pages.Tests.Site;

namespace Pages.Tests.Browser;

/// <summary>The built sample site in a real browser, opened from file:// as from a USB stick.</summary>
[Collection(nameof(SampleSite))]
public class SiteBrowserTests(SampleSite site)
{
    string FileUrl(string path) => new Uri(Path.Combine(site.Output, path)).AbsoluteUri;

    [Fact]
    public async Task From_file_the_home_page_leads_through_a_township_to_an_article()
    {
        await using var session = await BrowserSession.OpenAsync(1280, 900);
        var (page, errors) = (session.Page, session.Errors);

        await page.GotoAsync(FileUrl("index.html"));
        Assert.Equal("示范区新闻档案", await page.TitleAsync());
        await page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Link, new() { Name = "阳庙镇", Exact = true }).ClickAsync();
        Assert.EndsWith(".html", page.Url);
        Assert.Equal("阳庙镇", await page.Locator("main h1").TextContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "筑牢秸秆禁烧“防火墙”" }).ClickAsync();
        Assert.Equal("筑牢秸秆禁烧“防火墙”", await page.Locator("article h1").TextContentAsync());
        Assert.Contains("阳庙镇", await page.Locator("article .kicker").TextContentAsync());

        // The text size control appears with JavaScript and changes the size.
        var before = await page.Locator(".article-body p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        await page.GetByRole(AriaRole.Button, new() { Name = "放大" }).ClickAsync();
        var after = await page.Locator(".article-body p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(after > before, $"{after} > {before}");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("article-from-file.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_phone_sized_screen_shows_the_article_without_sideways_scrolling()
    {
        await using var session = await BrowserSession.OpenAsync(390, 844);
        var page = session.Page;
        await page.GotoAsync(FileUrl(Pages.Site.SitePaths.Article("000_1e3030292b08ed47-01")));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("article-phone.png") });
    }
}
