using Pages.Model;

namespace Pages.Tests.Splitting;

/// <summary>Pages that print each headline before its body, one paragraph per line.</summary>
public class HeadlinesBeforeBodyTests
{
    const string Page = """


        某某区春耕工作会议要求

        抓好农资供应 做好春耕准备

        本报讯(记者张三丰)3月5日,某某区召开春耕生产工作会议,部署当前农业生产各项工作。会议要求各乡镇抓好农资供应,做好春耕生产准备,确保不误农时,为全年粮食丰收打下坚实基础。

        会议强调,要进一步增强做好春耕生产的责任感和紧迫感,切实把各项措施落到实处,确保春耕生产顺利推进,并按照
        
        时间节点完成各项任务。

        东风镇志愿服务进敬老院

        本报讯(通讯员李四)近日,东风镇组织志愿者走进敬老院,为老人打扫卫生、表演节目,受到老人们的欢迎。



        3月6日,东风镇农民在田间管理小麦。据了解,该镇今年种植小麦三万亩,长势良好。本报记者 王五 摄

        西风镇推进人居环境整治

        本报讯(记者张三丰)日前,西风镇召开人居环境整治推进会,对下一阶段工作进行了安排部署。
        """;

    [Fact]
    public void Headlines_go_with_the_body_that_follows_them()
    {
        var page = Made.Split(Page);
        Assert.Equal(PageLayout.HeadlinesBeforeBody, page.Layout);
        Assert.Equal(
            ["抓好农资供应 做好春耕准备", "东风镇志愿服务进敬老院", null, "西风镇推进人居环境整治"],
            page.Articles.Select(a => a.Title?.Text));
        Assert.Equal("某某区春耕工作会议要求", page.Articles[0].Kicker!.Text);
    }

    [Fact]
    public void A_paragraph_broken_by_a_blank_line_mid_sentence_is_joined()
    {
        var first = Made.Split(Page).Articles[0];
        Assert.Equal(2, first.Paragraphs.Count());
        Assert.EndsWith("并按照时间节点完成各项任务。", first.Text);
    }

    [Fact]
    public void A_caption_with_its_credit_on_the_same_line_is_a_photo_between_articles()
    {
        var photo = Made.Split(Page).Articles[2];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("本报记者 王五 摄", photo.PhotoCredit!.Text);
        Assert.EndsWith("长势良好。", photo.Text);
    }

    [Fact]
    public void A_byline_line_behind_a_box_and_reporters_without_brackets_open_their_own_articles()
    {
        var page = Made.Split("""
            东风镇举办农民实用技术培训班

            本报讯(记者张三丰)近日,东风镇举办农民实用技术培训班,200余名农民参加。
            培训班邀请农业专家现场授课。

            西风镇召开村“两委”干部会议

            □本报记者 李四光 通讯员 王 五
            11月12日,西风镇召开村“两委”干部会议,安排部署冬季各项工作。

            南风镇启动城中村改造

            本报讯 记者 张三丰 通讯员 赵六 11月14日,南风镇召开城中村改造动员大会。
            """);
        Assert.Equal(["东风镇举办农民实用技术培训班", "西风镇召开村“两委”干部会议", "南风镇启动城中村改造"], page.Articles.Select(a => a.Title?.Text));
        Assert.Equal(["李四光", "王五"], page.Articles[1].Credits.Select(c => c.Name));
        Assert.Equal(["张三丰", "赵六"], page.Articles[2].Credits.Select(c => c.Name));
        Assert.StartsWith("11月14日", page.Articles[2].Text);
    }

    [Fact]
    public void A_page_that_indents_every_paragraph_keeps_its_articles_whole()
    {
        var indented = string.Join('\n', Page.Split('\n').Select(l => l.StartsWith("本报讯") || l.StartsWith("会议") ? "\u3000\u3000" + l : l));
        var page = Made.Split(indented);
        Assert.Equal(["抓好农资供应 做好春耕准备", "东风镇志愿服务进敬老院", null, "西风镇推进人居环境整治"], page.Articles.Select(a => a.Title?.Text));
        Assert.Equal(Made.Split(Page).Articles.Select(a => a.Text), page.Articles.Select(a => a.Text));
    }
}
