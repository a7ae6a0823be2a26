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

    /// <summary>
    /// A cross-head may be a name and a phrase set apart by a colon (区招商局：招大引强在行动), but
    /// a paragraph's first line that opens with a long clause ending in 是： is not one, however
    /// its width compares with the column's (found on generated pages, where it took 23 paragraphs).
    /// </summary>
    [Fact]
    public void A_paragraph_opening_with_a_clause_and_a_colon_is_not_a_cross_head()
    {
        const string Page = """
            本报记者 张三丰

            今年以来，某某区坚持把项目建设作为经
            济工作的重中之重，各项工作取得成效。
            示范区今年工作的总体要求是：以习近平
            新时代中国特色社会主义思想为指导，全面
            贯彻落实党的十九大精神，坚持新发展理念
            ，统筹推进各项工作，确保目标完成。

            区招商局：招大引强在行动
            该局上下互动，全员行动，要求以业务口
            为单位，上级辅导下级，交流心得体会。

            加快建设活力城区
            """;
        var article = Assert.Single(Made.Split(Page).Articles);
        Assert.Equal(["区招商局：招大引强在行动"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!.Text));
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
