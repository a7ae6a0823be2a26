using Pages.Model;
using Pages.Reading;

namespace Pages.Tests.Reading;

/// <summary>Finding page files: a page's name is its identity, so two files may not share one.</summary>
public sealed class PageFilesTests : TempFolder
{
    [Fact]
    public void Two_pages_with_one_name_keep_the_first_and_report_the_other()
    {
        foreach (var folder in new[] { "2015", "2016", "2017" })
            Directory.CreateDirectory(Path.Combine(Folder, folder));
        File.WriteAllText(Path.Combine(Folder, "2015", "p1.txt"), "甲");
        File.WriteAllText(Path.Combine(Folder, "2016", "P1.txt"), "乙");
        File.WriteAllText(Path.Combine(Folder, "2017", "p2.txt"), "丙");
        var problems = new List<Problem>();

        var files = PageFiles.Find([Folder], problems);

        Assert.Equal([Path.Combine(Folder, "2015", "p1.txt"), Path.Combine(Folder, "2017", "p2.txt")], files);
        var problem = Assert.Single(problems);
        Assert.Equal(Path.Combine(Folder, "2016", "P1.txt"), problem.File);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("same name", problem.Message);
    }
}
