using Pages.Model;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Tests.Splitting;

public class FurnitureAndEdgeCaseTests
{
    [Fact]
    public void Page_numbers_editor_lines_dates_and_continuation_marks_are_furniture()
    {
        var page = Made.Split("""
            2015年9月29日 星期二
            第3版
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。
            （下转第二版）
            某某区部署春耕生产
            责任编辑 王五 校对 李 四
            """);
        Assert.Equal(["2015年9月29日 星期二", "第3版", "（下转第二版）", "责任编辑 王五 校对 李 四"], page.Furniture.Select(f => f.Text));
        Assert.Equal("某某区部署春耕生产", Assert.Single(page.Articles).Title!.Text);
    }

    [Fact]
    public void The_masthead_is_only_furniture_at_the_top_of_the_page()
    {
        var page = Made.Split("""
            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。

            某某区新闻

            本报讯（记者李四） 3 月 6 日，东风
            镇召开会议。
            """);
        Assert.Empty(page.Furniture);
        Assert.Equal("某某区新闻", page.Articles[0].Title!.Text);
    }

    [Theory]
    [InlineData("焦作市城乡一体化示范区　　2015年10月29日　星期四　　第5版", true)]
    [InlineData("2015年10月29日星期四  第五版  焦作日报", true)]
    [InlineData("第A5版 焦作市城乡一体化示范区 总第8123期", true)]
    [InlineData("焦作市城乡一体化示范区 第5版 责任编辑 王明", false)] // the editor's line has rules of its own
    [InlineData("示范区召开会议 2015年10月29日", false)]
    [InlineData("焦作日报 焦作市城乡一体化示范区", false)] // no date or page number
    public void A_running_head_of_masthead_date_and_page_number_is_furniture(string line, bool furniture)
    {
        var page = ReportUnder(line, new SplitterOptions(["焦作市城乡一体化示范区", "焦作日报"]));
        Assert.Equal(furniture, page.Furniture.Any(f => f.Text == line || f.Text == line.Replace('　', ' ')));
        Assert.Equal("某某区部署春耕生产", page.Articles[^1].Title?.Text);
        if (furniture)
            Assert.Null(page.Articles[^1].Kicker);
    }

    [Theory]
    [InlineData("焦作市城乡一体化示范区", true)]
    [InlineData("焦作市城乡一体化示范区域", true)]
    [InlineData("焦作市城乡一体化示范昼", true)]
    [InlineData("焦作市城乡一体化示区", true)]
    [InlineData("焦作市城乡 一体化示范区", true)]
    [InlineData("焦作市城乡一体化示范区召开会议", false)]
    [InlineData("焦作市城乡一体示范", false)]
    public void A_masthead_misread_by_one_character_is_still_the_masthead(string top, bool furniture)
    {
        var page = ReportUnder(top, new SplitterOptions(["焦作市城乡一体化示范区"]));
        Assert.Equal(furniture, page.Furniture.Any(f => f.Text == top));
        Assert.Equal("某某区部署春耕生产", page.Articles[^1].Title?.Text);
    }

    /// <summary>A column page of one report under <paramref name="top"/>, split, every character accounted for.</summary>
    static SplitPage ReportUnder(string top, SplitterOptions options)
    {
        var source = PageSource.FromText("made", $"""
            {top}

            本报讯（记者张三丰） 3 月 5 日，某
            某区召开春耕生产工作会议。
            某某区部署春耕生产
            """);
        var page = PageSplitter.Split(source, options);
        Assert.Null(Conservation.FindViolation(source.Text, page));
        return page;
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void An_empty_page_has_no_articles(string text) => Assert.Empty(Made.Split(text).Articles);

    [Fact]
    public void A_page_of_headlines_only_keeps_every_character()
    {
        var page = Made.Split("""
            某某区部署春耕生产

            东风镇志愿服务进敬老院
            """);
        Assert.NotEmpty(page.Articles);
    }

    [Fact]
    public void A_page_of_bylines_only_keeps_every_character()
    {
        var page = Made.Split("""
            本报记者 张三丰

            本报通讯员 李四
            """);
        Assert.Equal(2, page.Articles.Length);
    }

    [Fact]
    public void A_notice_is_its_own_kind()
    {
        var page = Made.Split("""
            经研究，决定于 4 月 1 日起对东风
            路进行封闭施工，请过往车辆绕行。

            东风路封闭施工公告
            """);
        Assert.Equal(ArticleKind.Notice, Assert.Single(page.Articles).Kind);
    }

    [Fact]
    public void Every_article_knows_its_source_lines()
    {
        var page = PageSplitter.Split(PageSource.FromText("p", "\n本报讯（记者张三丰） 3 月 5 日，某\n某区召开会议。\n\n某某区开会\n"), SplitterOptions.Default);
        var span = Assert.Single(page.Articles).Span;
        Assert.Equal(new SourceSpan("p.txt", 2, 5), span);
        Assert.Equal("p.txt:2-5", span.ToString());
    }
}
