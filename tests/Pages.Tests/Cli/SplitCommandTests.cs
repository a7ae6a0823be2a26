using System.Text.Json;
using Pages.Cli;

namespace Pages.Tests.Cli;

/// <summary>`pages split` run in-process, as a user would call it.</summary>
public sealed class SplitCommandTests : TempFolder
{

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Pages.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_follows_the_evaluation_contract()
    {
        var (code, output, _) = Run("split", Repo.InputFolder, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var pages = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Repo.SamplePages, pages.Select(p => p.GetProperty("page").GetString()));
        var article = pages[0].GetProperty("articles")[0];
        foreach (var field in new[] { "kind", "kicker", "title", "subtitle", "byline", "authors", "sections", "text" })
            Assert.True(article.TryGetProperty(field, out _), field);
        Assert.Equal("本报讯（记者付凯明）", article.GetProperty("byline").GetString());
    }

    [Fact]
    public void The_summary_has_a_line_per_article()
    {
        var (code, output, _) = Run("split", Path.Combine(Repo.PagesFolder, Repo.SamplePages[0] + ".txt"));
        Assert.Equal(0, code);
        Assert.Contains("示范区开展中秋节慰问活动", output);
        Assert.Contains("[本报讯（记者付凯明）]", output);
        Assert.Contains("lines 3-32", output);
    }

    [Fact]
    public void A_bad_page_is_reported_and_the_others_are_still_split()
    {
        File.WriteAllBytes(Path.Combine(Folder, "a.txt"), [0xFF, 0xFE, 0x00]);
        File.WriteAllBytes(Path.Combine(Folder, "b.txt"), [0x89, 0x50, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(Folder, "c.txt"), "本报讯（记者张三丰） 近日，某某区开会。\n\n某某区开会\n");
        var (code, output, error) = Run("split", Folder, "--json");
        Assert.Equal(0, code);
        Assert.Contains("b.txt (byte 2): error", error);
        Assert.Contains("\"page\": \"c\"", output);
    }

    [Fact]
    public void Strict_makes_a_bad_page_fail_the_run()
    {
        File.WriteAllBytes(Path.Combine(Folder, "b.txt"), [0x89, 0x50, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(Folder, "c.txt"), "某某区开会\n");
        var (code, output, error) = Run("split", Folder, "--json", "--strict");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("--strict", error);
    }

    [Fact]
    public void A_bad_configuration_stops_the_run_with_its_line()
    {
        File.WriteAllText(Path.Combine(Folder, "site.yml"), "site:\n  title: 档案\n  color: red\n");
        File.WriteAllText(Path.Combine(Folder, "c.txt"), "某某区开会\n");
        var (code, _, error) = Run("split", Folder);
        Assert.Equal(2, code);
        Assert.Contains("site.yml:3: error: unknown key 'color'", error);
    }
}
