using Pages.Build;

namespace Pages.Tests.Site;

/// <summary>
/// The published site names input files under their input folder ("input/pages/…"), never by
/// where the archive sits on the archivist's disk: the site is public, and moving the archive
/// must not change it.
/// </summary>
public sealed class InputPathsOnSiteTests : TempFolder
{
    [Fact]
    public void A_build_given_an_absolute_input_folder_publishes_no_absolute_path()
    {
        var input = Path.GetFullPath(Repo.InputFolder);
        var output = Path.Combine(Folder, "site");
        Assert.True(SiteBuilder.Build(new BuildOptions([input], output, Repo.SampleConfig, [SampleSite.DefaultTheme])).Succeeded);
        var leaking = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(input, StringComparison.Ordinal)).ToList();
        Assert.Empty(leaking);
        var export = Directory.EnumerateFiles(Path.Combine(output, "data"), "*.json").Select(File.ReadAllText).ToList();
        Assert.Contains(export, json => json.Contains("\"file\": \"input/pages/", StringComparison.Ordinal));
        var report = File.ReadAllText(Path.Combine(output, "quality-report.html"));
        Assert.Contains("<td>input/pages/", report);
    }
}
