using Microsoft.Playwright;

namespace Pages.Tests.Browser;

/// <summary>One browser with one page, and the script errors the page reported; disposed as one.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    readonly IPlaywright playwright;
    readonly IBrowser browser;

    BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        (this.playwright, this.browser, Page) = (playwright, browser, page);
        page.PageError += (_, e) => Errors.Add(e);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return new BrowserSession(playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
