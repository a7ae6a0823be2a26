using Pages.Model;

namespace Pages.Tests.Splitting;

/// <summary>Column pages as extracted: each article's body comes first, its headline after it.</summary>
public class HeadlinesAfterBodyTests
{
    const string TwoReports = """
         某某区新闻

        本报讯（记者张三丰） 3 月 5 日，某
        某区召开春耕生产工作会议，部署
        当前农业生产各项工作。会议要求
        各乡镇抓好农资供应。

        某某区部署春耕生产

        本报讯（通讯员李四） 近日，东风
        镇组织志愿者走进敬老院，为老人
        打扫卫生、表演节目，受到老人们
        的欢迎。

        东风镇
        志愿服务进敬老院
        """;

    [Fact]
    public void A_headline_belongs_to_the_body_printed_before_it()
    {
        var page = Made.Split(TwoReports);
        Assert.Equal(PageLayout.HeadlinesAfterBody, page.Layout);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal("某某区部署春耕生产", page.Articles[0].Title!.Text);
        Assert.StartsWith("3月5日，某某区召开春耕生产工作会议", page.Articles[0].Text);
        Assert.Equal("本报讯（记者张三丰）", page.Articles[0].Byline!.Text);
    }

    [Fact]
    public void A_short_line_above_the_title_is_the_kicker()
    {
        var second = Made.Split(TwoReports).Articles[1];
        Assert.Equal("东风镇", second.Kicker!.Text);
        Assert.Equal("志愿服务进敬老院", second.Title!.Text);
        Assert.Equal(["李四"], second.Credits.Select(c => c.Name));
    }

    [Fact]
    public void The_masthead_is_furniture() =>
        Assert.Equal(["某某区新闻"], Made.Split(TwoReports).Furniture.Select(f => f.Text));

    [Fact]
    public void An_article_printed_without_a_headline_does_not_take_the_next_ones()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议，部署
            当前农业生产各项工作。

            本报讯（通讯员李四） 近日，东风
            镇组织志愿者走进敬老院，为老人
            打扫卫生。

            志愿服务进敬老院
            """);
        Assert.Null(page.Articles[0].Title);
        Assert.Equal("志愿服务进敬老院", page.Articles[1].Title!.Text);
    }

    [Theory]
    [InlineData("（下转第\n二版）")]
    [InlineData("（下转第二版）")]
    [InlineData("(转2版)")]
    public void A_report_continued_on_another_page_ends_at_its_mark(string mark)
    {
        var page = Made.Split($"""
            本报讯（记者张三丰）3月20日，某某
            区召开脱贫攻坚工作推进会，安排部署
            下一阶段工作。会议要求扎实推进各项
            帮扶措施落实。{mark}

            某某区召开脱贫攻坚推进会

            本报讯（记者李四光）近日，东风镇组
            织开展冬季征兵宣传活动。

            东风镇开展征兵宣传
            """);
        Assert.Equal(["某某区召开脱贫攻坚推进会", "东风镇开展征兵宣传"], page.Articles.Select(a => a.Title?.Text));
        Assert.EndsWith(mark.Replace("\n", ""), page.Articles[0].Text);
    }

    [Fact]
    public void A_title_wrapped_onto_two_lines_is_one_title()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议，部署
            当前农业生产各项工作。

            某某区召开春耕生产
            工作会议
            """);
        var article = Assert.Single(page.Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("某某区召开春耕生产工作会议", article.Title!.Text);
    }

    [Fact]
    public void A_headline_right_before_the_next_dateline_needs_no_blank_line()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。

            某某区部署春耕生产
            本报讯（记者李四） 3 月 6 日，某
            某区召开植树节动员会议。
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal("某某区部署春耕生产", page.Articles[0].Title!.Text);
        Assert.Null(page.Articles[1].Title);
    }

    [Fact]
    public void A_line_broken_at_a_column_break_is_not_a_headline()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。会议
            要求各乡镇抓好农资供应，做好春
            耕生产准备。当日，与会人员还到
            东风镇实地察看了小麦田间管理情

            况，并听取了工作汇报。

            某某区部署春耕生产
            """);
        var article = Assert.Single(page.Articles);
        Assert.Equal("某某区部署春耕生产", article.Title!.Text);
        Assert.Contains("小麦田间管理情况，并听取了工作汇报。", article.Text);
        Assert.Empty(article.Sections.Where(s => s.Heading is not null));
    }

    [Fact]
    public void A_paragraph_whose_first_line_lost_its_indent_is_not_a_cross_head()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议，部署
            当前农业生产各项工作。

            会议要求各乡镇抓好农资供
            应，做好春耕生产准备，确保不误
            农时。

            某某区部署春耕生产
            """);
        var article = Assert.Single(page.Articles);
        Assert.Single(article.Sections);
        Assert.Equal(2, article.Paragraphs.Count());
    }

    [Fact]
    public void A_second_report_has_its_own_article_and_the_headline_goes_to_the_first()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区领导会见来访客商，双方就项
            目合作进行了座谈。

            又讯（记者李四） 3 月 6 日，某某
            区领导会见另一批客商，双方签订
            了合作协议。

            某某区领导会见客商
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal("某某区领导会见客商", page.Articles[0].Title!.Text);
        Assert.Null(page.Articles[1].Title);
        Assert.True(page.Articles[1].IsFollowUp);
        Assert.Equal("又讯（记者李四）", page.Articles[1].Byline!.Text);
    }

    [Fact]
    public void An_indented_block_starts_a_new_article()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。
             区委宣传部近日组织开展读书活
            动，全区干部踊跃参加。
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.StartsWith("区委宣传部近日", page.Articles[1].Text);
    }

    [Theory]
    [InlineData("\u3000\u3000")]
    [InlineData("    ")]
    [InlineData(" ")] // one space, as the extraction marks a new block, but before every paragraph
    public void A_page_that_indents_every_paragraph_splits_as_one_that_indents_none(string indent)
    {
        var page = Made.Split($"""
             某某区新闻

            {indent}本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议，部署
            当前农业生产各项工作。
            {indent}会议要求各乡镇抓好农资供
            应，做好春耕生产准备。
            {indent}会议强调，要确保不误农时，
            为全年丰收打下基础。

            某某区部署春耕生产

            {indent}本报讯（通讯员李四） 近日，东风
            镇组织志愿者走进敬老院，为老人
            打扫卫生。
            {indent}志愿者们还为老人表演了节
            目，受到老人们的欢迎。

            东风镇志愿服务进敬老院
            """);
        Assert.Equal(["某某区部署春耕生产", "东风镇志愿服务进敬老院"], page.Articles.Select(a => a.Title?.Text));
        Assert.Equal([3, 2], page.Articles.Select(a => a.Paragraphs.Count()));
    }

    [Fact]
    public void A_line_that_starts_with_的_goes_on_from_the_line_before()
    {
        var page = Made.Split("""
            本报记者 张三丰

            2018年是决胜全面建成小康社会
            的关键之年，也是某某区建

            设的攻坚之年。

            某某区今年的主要预期目标是：
            地区生产总值增长8.5%，在实际工作
            中争取更高质量和更好效益。

            推进工业转型

            今年，某某区将加快培育大企业
            集团，支持龙头企业做大做强。

            某某区2018年工作综述
            """);
        var article = Assert.Single(page.Articles);
        Assert.Equal("某某区2018年工作综述", article.Title!.Text);
        Assert.StartsWith("2018年是决胜全面建成小康社会的关键之年", article.Text);
    }
}
