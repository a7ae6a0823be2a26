using Microsoft.Playwright;
using Pages.Build;
using Pages.Tests.Site;

namespace Pages.Tests.Browser;

/// <summary>A page whose text is an XSS payload, searched for and opened in a real browser: nothing runs.</summary>
public sealed class HostileContentBrowserTests : TempFolder
{
    const string Payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    [Fact]
    public async Task A_hostile_page_is_shown_as_text_in_search_and_on_its_article_page()
    {
        var input = Path.Combine(Folder, "input");
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.WriteAllText(Path.Combine(input, "pages", "evil.txt"),
            $"本报讯（记者张三丰） 近日，某某区召开防诈骗宣传会，{Payload}提醒群众提高警惕。\n\n防诈骗宣传{Payload}\n");
        var output = Path.Combine(Folder, "output");
        var result = SiteBuilder.Build(new BuildOptions([input], output, Repo.SampleConfig, [SampleSite.DefaultTheme]));
        Assert.True(result.Succeeded, result.Failure);

        await using var session = await BrowserSession.OpenAsync();
        var page = session.Page;
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync(new Uri(Path.Combine(output, "search.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("防诈骗"));
        var title = page.Locator(".search-result .search-title").First;
        await title.WaitForAsync();
        Assert.Contains("<img src=x", await title.TextContentAsync());
        Assert.Equal(0, await page.Locator(".search-results img, .search-results script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned"));

        await title.ClickAsync();
        await page.Locator("article h1").WaitForAsync();
        Assert.Contains("<script>", await page.Locator("article h1").TextContentAsync());
        Assert.Equal(0, await page.Locator("article img, article script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned"));
        Assert.Equal(0, dialogs);
    }
}
