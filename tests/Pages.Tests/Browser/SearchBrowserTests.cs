using System.Globalization;
using Microsoft.Playwright;
using Pages.Search.Export;
using Pages.Tests.Site;

namespace Pages.Tests.Browser;

/// <summary>The search page in a real browser, from file:// (a USB stick) and from a web server.</summary>
[Collection(nameof(SampleSite))]
public class SearchBrowserTests(SampleSite site)
{
    [Fact]
    public Task Search_works_from_file() =>
        SearchAndFollow(new Uri(Path.Combine(site.Output, "search.html")).AbsoluteUri, "search-file.png");

    [Fact]
    public async Task Search_works_over_http()
    {
        using var server = new StaticServer(site.Output);
        await SearchAndFollow(server.Address + "search.html", "search-http.png");
    }

    /// <summary>A linked address with a sort the page does not offer sorts by relevance, and says so (in the list and the address).</summary>
    [Fact]
    public async Task An_unknown_sort_in_the_address_sorts_by_relevance()
    {
        await using var session = await BrowserSession.OpenAsync(1280, 900);
        var page = session.Page;
        var ranked = new Uri(Path.Combine(site.Output, "search.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("秸秆禁烧");
        await page.GotoAsync(ranked);
        await page.Locator(".search-result .search-title").First.WaitForAsync();
        var expected = await page.Locator(".search-result .search-title").AllTextContentsAsync();

        await page.GotoAsync(ranked + "&sort=date");
        await page.Locator(".search-result .search-title").First.WaitForAsync();

        Assert.Equal("relevance", await page.Locator(".search-controls select").InputValueAsync());
        Assert.Equal(expected, await page.Locator(".search-result .search-title").AllTextContentsAsync());
        await page.WaitForFunctionAsync("() => location.search.includes('q=')");
        Assert.DoesNotContain("sort=", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    /// <summary>
    /// A result whose match is deep in its body, past the lead its display record carries, gets its
    /// excerpt from the whole body: around the words searched for, highlighted. The words are taken
    /// from the site's own files: four characters from some long body, found nowhere in its lead.
    /// </summary>
    [Fact]
    public async Task An_excerpt_shows_a_match_deep_in_the_body()
    {
        var words = DeepWords(site.Output);
        await using var session = await BrowserSession.OpenAsync(1280, 900);
        var page = session.Page;
        await page.GotoAsync(new Uri(Path.Combine(site.Output, "search.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString(words));
        var excerpt = page.Locator(".search-excerpt", new() { HasTextString = words });
        await excerpt.First.WaitForAsync();
        var marked = string.Concat(await excerpt.First.Locator("mark").AllTextContentsAsync());
        Assert.Contains(words, marked, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    /// <summary>
    /// Four ideographs from the third part of a body (<see cref="BodyParts"/>), whose two words the
    /// text before it lacks: the page shows them only after loading the body's parts in three rounds.
    /// </summary>
    static string DeepWords(string output)
    {
        // A built site's display files hold the records of four numbers (its index is numbered by page).
        var perFile = Pages.Search.SearchNumbers.DisplayFile;
        foreach (var file in Directory.GetFiles(Path.Combine(output, "search", "e"), "*-2.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (folder, name) = (Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileName(file));
            var doc = int.Parse(folder, CultureInfo.InvariantCulture) * 256 + int.Parse(name[..name.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            var records = Registered<System.Text.Json.JsonElement[][]>(output, SearchShards.Docs(doc, perFile));
            var before = records[doc % perFile][5].GetString() + Registered<string>(output, SearchShards.Text(doc, 0)) + Registered<string>(output, SearchShards.Text(doc, 1));
            var part = Registered<string>(output, SearchShards.Text(doc, 2));
            for (var at = 0; at + 4 <= part.Length; at++)
            {
                var words = part.Substring(at, 4);
                if (words.All(c => c is >= '\u4e00' and <= '\u9fff') && !before.Contains(words[..2], StringComparison.Ordinal)
                    && !before.Contains(words[2..], StringComparison.Ordinal))
                    return words;
            }
        }
        throw new InvalidOperationException("no body of the sample is long enough");
    }

    /// <summary>What a search file registers, read as JSON.</summary>
    static T Registered<T>(string output, string key)
    {
        var script = File.ReadAllText(Path.Combine(output, SearchShards.File(key)));
        return System.Text.Json.JsonSerializer.Deserialize<T>(script[(script.IndexOf(',', StringComparison.Ordinal) + 1)..script.LastIndexOf(')')])!;
    }

    static async Task SearchAndFollow(string searchPage, string screenshot)
    {
        await using var session = await BrowserSession.OpenAsync(1280, 900);
        var (page, errors) = (session.Page, session.Errors);
        await page.GotoAsync(searchPage);

        await page.Locator("#search-q").FillAsync("秸秆禁烧");
        await page.Locator("#search-q").PressAsync("Enter");
        var titles = page.Locator(".search-result .search-title");
        await titles.First.WaitForAsync();
        var top = (await titles.AllTextContentsAsync()).Take(2).ToList();
        Assert.Contains(top, t => t.Contains("筑牢秸秆禁烧", StringComparison.Ordinal));
        Assert.Contains("q=", page.Url);

        // Filter by township: every result left names 阳庙镇.
        await page.Locator("input[type=checkbox][name=township][value=阳庙镇]").CheckAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('township=')");
        // The address changes as the box is ticked, the list once the value's file has loaded:
        // wait for the list to be the filtered one (a wait that ends only if the filter works).
        await page.WaitForFunctionAsync("""
            () => {
              const metas = [...document.querySelectorAll('.search-result .search-meta')];
              return metas.length > 0 && metas.every(m => m.textContent.includes('阳庙镇'));
            }
            """);
        var metas = await page.Locator(".search-result .search-meta").AllTextContentsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.Contains("阳庙镇", m));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot(screenshot), FullPage = true });

        await page.Locator(".search-result .search-title", new() { HasTextString = "筑牢秸秆禁烧" }).ClickAsync();
        Assert.Equal("筑牢秸秆禁烧“防火墙”", await page.Locator("article h1").TextContentAsync());
        Assert.Empty(errors);
    }
}
