using Microsoft.Playwright;

namespace Pages.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright's bundled driver (Playwright's own browser download cannot
/// work here). .ci/run installs chromium and fonts-noto-cjk; without the fonts, screenshots show
/// boxes instead of Chinese.
/// </summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: apt-get install chromium fonts-noto-cjk (as .ci/run does)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots are kept as build artifacts: artifacts/screenshots/ in the repository.</summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
