using Pages.Archive;
using Pages.Model;
using Pages.Tagging;

namespace Pages.Tests.Archive;

/// <summary>A page extracted with its running head is dated and numbered by it where its metadata file does not say.</summary>
public sealed class RunningHeadMetaTests : TempFolder
{
    const string Page = """
        焦作市城乡一体化示范区　　2015年10月29日　星期四　　第五版　　总第8123期

        示范区召开重点项目建设推进会

        本报讯（记者付凯明）10月28日，示范区召开重点项目建设推进会，安排部署下一阶段工作。
        （下转第二版）

        宁郭镇开展冬季征兵宣传

        本报讯（记者郭树勋）近日，宁郭镇组织开展冬季征兵宣传活动。
        """;

    LoadedPage Load(string? yml = null)
    {
        var file = Path.Combine(Folder, "p.txt");
        File.WriteAllText(file, Page);
        if (yml is not null)
            File.WriteAllText(Path.ChangeExtension(file, ".yml"), yml);
        var (page, problems) = ArchiveLoader.LoadPage(file, Repo.SampleOptions, new ArticleTagger(Repo.SampleConfig));
        Assert.Empty(problems);
        return page!;
    }

    [Fact]
    public void The_running_head_dates_and_numbers_a_page_without_metadata()
    {
        var page = Load();
        Assert.Equal(new PageMeta(new DateOnly(2015, 10, 29), "总第8123期", 5, null), page.Meta);
        Assert.Equal(["示范区召开重点项目建设推进会", "宁郭镇开展冬季征兵宣传"], page.Split.Articles.Select(a => a.Title?.Text));
    }

    [Fact]
    public void The_metadata_file_wins_where_it_says()
    {
        var page = Load("date: 2015-10-30\n");
        Assert.Equal(new DateOnly(2015, 10, 30), page.Meta.Date);
        Assert.Equal(5, page.Meta.PageNumber);
    }

    [Fact]
    public void A_continuation_mark_names_another_page_not_this_one()
    {
        var file = Path.Combine(Folder, "q.txt");
        File.WriteAllText(file, Page[(Page.IndexOf('\n') + 1)..]);
        var (page, _) = ArchiveLoader.LoadPage(file, Repo.SampleOptions, new ArticleTagger(Repo.SampleConfig));
        Assert.True(page!.Meta.IsUnknown);
    }
}
