using System.Diagnostics;
using Pages.Build;

namespace Pages.Tests.Site;

/// <summary>
/// The real `pages build` process killed at random moments: the last good site stays whole (the
/// same bytes as before), and the next build works.
/// </summary>
public sealed class KilledBuildTests : TempFolder
{
    [Fact]
    public void A_build_killed_at_any_point_leaves_the_previous_site_whole()
    {
        var output = Path.Combine(Folder, "site");
        Assert.True(SiteBuilder.Build(SampleSite.Options(output)).Succeeded);
        var good = Hashes(output);
        var pages = Path.Combine(AppContext.BaseDirectory, "pages.dll");
        var random = new Random(7);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["exec", pages, "build", Repo.InputFolder, "-o", output, "-q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            Thread.Sleep(random.Next(100, 1500));
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
            // Whatever point it reached, the site is the old one or a complete new one: the same bytes.
            Assert.Equal(good, Hashes(output));
        }
        Assert.True(SiteBuilder.Build(SampleSite.Options(output)).Succeeded);
        Assert.Equal(good, Hashes(output));
        // Staging folders the killed builds left behind are cleared by the next build.
        Assert.DoesNotContain(Directory.GetDirectories(Folder), d => d.Contains(".building-", StringComparison.Ordinal));
    }
}
