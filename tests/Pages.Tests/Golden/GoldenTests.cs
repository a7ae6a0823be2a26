using System.Text.Json;
using Pages.Export;
using Pages.Splitting;

namespace Pages.Tests.Golden;

/// <summary>
/// Each sample page beside the articles it must split into (Golden/&lt;page&gt;.expected.json, readable
/// JSON). After a deliberate change to the splitter, regenerate them with
/// PAGES_UPDATE_GOLDEN=1 dotnet test, and review the diff like code.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Pages => new(Repo.SamplePages);

    static string ExpectedPath(string page) => Path.Combine(Repo.Root, "tests", "Pages.Tests", "Golden", page + ".expected.json");

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_sample_page_splits_into_its_expected_articles(string page)
    {
        var actual = JsonSerializer.Serialize(PageJson.From(Repo.LoadSample(page)), SplitJson.Options) + "\n";
        var path = ExpectedPath(page);
        if (Environment.GetEnvironmentVariable("PAGES_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"{path} is missing: run PAGES_UPDATE_GOLDEN=1 dotnet test");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_sample_page_keeps_every_character(string page)
    {
        var source = Repo.ReadSample(page);
        Assert.Null(Conservation.FindViolation(source.Text, PageSplitter.Split(source, Repo.SampleOptions)));
    }
}
