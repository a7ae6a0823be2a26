using Pages.Cache;
using Pages.Model;
using Pages.Quality;
using Pages.Site.Views;

namespace Pages.Tests.Cache;

/// <summary>A page keyed by what it is made of must get a new key whenever anything it shows changes.</summary>
public sealed class RenderSourcesTests
{
    static readonly SiteView Site = new("站", null, null);

    static string Key(params Finding[] findings) => RenderSources.Quality("quality-report.html", "质量报告", "quality", [null, 1, null], findings, Site, "");

    [Fact]
    public void The_quality_reports_key_changes_with_every_part_of_every_finding()
    {
        var finding = new Finding(Severity.Warning, "short", "pages/a.txt", 12, "a very short article");
        var variants = new[]
        {
            finding,
            finding with { Severity = Severity.Error },
            finding with { Check = "long" },
            finding with { File = "pages/b.txt" },
            finding with { Line = 13 },
            finding with { Message = "a very short article!" },
        };
        Assert.Equal(Key(finding), Key(finding with { }));
        Assert.Equal(variants.Length, variants.Select(v => Key(v)).Distinct().Count());
        Assert.NotEqual(Key(finding), Key(finding, finding));
        Assert.NotEqual(Key(finding), Key());
        // Parts are delimited: moving text from one field to the next is a change.
        Assert.NotEqual(Key(finding with { File = "ab", Check = "c" }), Key(finding with { File = "a", Check = "bc" }));
        Assert.NotEqual(Key(finding), RenderSources.Quality("quality-report.html", "质量报告", "quality", [null, 1, null], [finding], Site, "https://example.org/"));
        // What is around the list: the summary the first page shows, the page's number.
        Assert.NotEqual(Key(finding), RenderSources.Quality("quality-report.html", "质量报告", "quality", [new QualitySummary(1, [new CheckCount("short", 0, 1)]), 1, null], [finding], Site, ""));
        Assert.NotEqual(Key(finding), RenderSources.Quality("quality-report.html", "质量报告", "quality", [null, 2, null], [finding], Site, ""));
    }
}
