using Pages.Archive;
using Pages.Model;
using Pages.Quality;

namespace Pages.Tests.Quality;

/// <summary>`pages check` finds problems planted in made-up pages, with file and line.</summary>
public sealed class QualityReportTests : TempFolder
{
    IReadOnlyList<Finding> Check(params (string Name, string Text)[] pages)
    {
        var folder = Path.Combine(Folder, "pages");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in pages)
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text);
        return QualityReport.Check(ArchiveLoader.Load([folder], Repo.SampleConfig));
    }

    [Fact]
    public void Planted_problems_are_found_with_file_and_line()
    {
        var findings = Check(("p", """
            本报讯（记者张三丰） 3 月 5 日，阳庙镇
            召开会议，部署春耕生产各项工作，宁国
            镇也派人参加了会议。会议要求各乡镇抓好
            农资供应，做好春耕生产准备工作。

            某某区部署春耕生产

            本报讯（记者李四） 近日，阳庙镇王家庄
            村组织群众植树，为家园添绿，全村共植树
            三千余棵。在金岭乡，群众热情也很高。

            本报讯（记者王五） 近日，某某区召开会议，
            研究部署下一阶段的重点工作任务和措施。
            会议要求各部门狠抓落实，确保按时完成全年各项目标任务。
            会议要求各部门狠抓落实，确保按时完成全年各项目标任务。
            """));
        Assert.Contains(findings, f => f.Check == "misprint" && f.Line == 1 && f.Message.Contains("宁国镇"));
        Assert.Contains(findings, f => f.Check == "no-headline" && f.Line == 8);
        Assert.Contains(findings, f => f.Check == "unknown-place" && f.Message.Contains("'王家庄村'"));
        Assert.Contains(findings, f => f.Check == "unknown-place" && f.Message.Contains("'金岭乡'"));
        Assert.Contains(findings, f => f.Check == "repeated-passage" && f.File.EndsWith("p.txt", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Check == "no-metadata");
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void A_cut_caption_and_an_unreadable_page_are_found()
    {
        var findings = Check(("a", """
            本报讯（记者张三丰） 3 月 5 日，某某区召开会
            议。该公司负责人高兴地说。
             织开展丰富多彩的活动，受到广泛好
            评。图为志愿者在敬老院打扫卫生。

            本报记者 李四 摄
            """));
        Assert.Contains(findings, f => f.Check == "cut-caption" && f.Line == 3);
        File.WriteAllBytes(Path.Combine(Folder, "pages", "b.txt"), [0x89, 0x50, 0x00]);
        var again = QualityReport.Check(ArchiveLoader.Load([Path.Combine(Folder, "pages")], Repo.SampleConfig));
        Assert.Contains(again, f => f.Check == "unreadable" && f.Severity == Severity.Error && f.File.EndsWith("b.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_exit_code_says_whether_there_are_errors()
    {
        Check(("a", "本报讯（记者张三丰） 近日，某某区开会。\n\n某某区开会\n"));
        var folder = Path.Combine(Folder, "pages");
        Assert.Equal(0, Pages.Cli.Cli.Run(["check", folder], new StringWriter(), new StringWriter()));
        File.WriteAllBytes(Path.Combine(folder, "b.txt"), [0x89, 0x50, 0x00]);
        var output = new StringWriter();
        Assert.Equal(1, Pages.Cli.Cli.Run(["check", folder], output, new StringWriter()));
        Assert.Contains("1 errors", output.ToString());
    }
}
