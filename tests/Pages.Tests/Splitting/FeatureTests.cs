using Pages.Model;

namespace Pages.Tests.Splitting;

/// <summary>Long features: a byline on its own lines, cross-heads inside, headline and subtitle at the end.</summary>
public class FeatureTests
{
    const string Feature = """
        本报记者 张三丰
        本报通讯员 李 四

        今年以来，某某区坚持把项目建设作为
        经济工作的重中之重，各项工作取得了
        明显成效。

        抓项目，一刻不能停
        某某区紧盯省、市重点项目，落实责任、
        挂图作战，确保各项目进展迅速。

        东风镇：
        产业发展再提速

        该镇积极推进产业结构调整，大力发展
        特色农业和乡村旅游，农民收入持续增
        长。

        优化营商环境
        建设活力城区

        该区持续优化营商环境，着力开展产业
        链招商，全年签约项目四十个。

        加快建设活力城区
        努力打造全市增长极

        ——某某区年度工作报告解读（上）
        """;

    [Fact]
    public void A_feature_with_cross_heads_stays_one_article()
    {
        var article = Assert.Single(Made.Split(Feature).Articles);
        Assert.Equal(
            ["抓项目，一刻不能停", "东风镇：产业发展再提速", "优化营商环境 建设活力城区"],
            article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!.Text));
        Assert.Equal(4, article.Sections.Length);
    }

    [Fact]
    public void The_byline_on_its_own_lines_names_everyone()
    {
        var article = Made.Split(Feature).Articles[0];
        Assert.Equal("本报记者 张三丰 本报通讯员 李 四", article.Byline!.Text);
        Assert.Equal([new Credit("张三丰", "记者"), new Credit("李四", "通讯员")], article.Credits.ToArray());
    }

    [Fact]
    public void The_headline_at_the_end_has_a_title_and_a_subtitle()
    {
        var article = Made.Split(Feature).Articles[0];
        Assert.Equal("加快建设活力城区 努力打造全市增长极", article.Title!.Text);
        Assert.Equal("——某某区年度工作报告解读（上）", article.Subtitle!.Text);
    }

    [Fact]
    public void A_byline_after_a_headline_starts_the_next_article()
    {
        var page = Made.Split("""
            本报讯（记者王五） 3 月 5 日，某某
            区召开春耕生产工作会议。

            某某区部署春耕生产

            本报记者 张三丰

            今年以来，某某区坚持把项目建设作为
            经济工作的重中之重。
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal("某某区部署春耕生产", page.Articles[0].Title!.Text);
        Assert.Null(page.Articles[1].Title);
        Assert.Equal("本报记者 张三丰", page.Articles[1].Byline!.Text);
    }
}
