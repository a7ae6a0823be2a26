using Pages.Config;
using Pages.Model;
using Pages.Reading;

namespace Pages.Tests.Reading;

public sealed class PageMetaReaderTests : TempFolder
{

    [Fact]
    public void All_fields()
    {
        var meta = PageMetaReader.Parse("date: 2015-09-29\nedition: 第8123期\npage: 3\nsection: 示范区\n", "p.yml");
        Assert.Equal(new PageMeta(new DateOnly(2015, 9, 29), "第8123期", 3, "示范区"), meta);
    }

    [Fact]
    public void No_sidecar_means_unknown()
    {
        var page = Path.Combine(Folder, "p.txt");
        Assert.True(PageMetaReader.Read(page, out var problem).IsUnknown);
        Assert.Null(problem);
    }

    [Fact]
    public void A_bad_date_is_a_problem_naming_the_line_and_the_page_stays_unknown()
    {
        var page = Path.Combine(Folder, "p.txt");
        File.WriteAllText(Path.ChangeExtension(page, ".yml"), "page: 3\ndate: 29/09/2015\n");
        var meta = PageMetaReader.Read(page, out var problem);
        Assert.True(meta.IsUnknown);
        Assert.Equal(2, problem!.Line);
        Assert.Contains("2015-09-29", problem.Message);
    }

    [Theory]
    [InlineData("page: three\n", "'page'")]
    [InlineData("colour: red\n", "unknown key")]
    public void Other_mistakes(string yaml, string message) =>
        Assert.Contains(message, Assert.Throws<ConfigException>(() => PageMetaReader.Parse(yaml, "p.yml")).Message);
}
