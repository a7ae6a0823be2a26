using Pages.Splitting;

namespace Pages.Tests.Splitting;

public class CreditParserTests
{
    [Fact]
    public void A_credit_on_its_own_line() => Assert.True(CreditParser.IsWholeLine("本报记者 付凯明 摄"));

    [Fact]
    public void A_credit_at_the_end_of_a_caption_set_on_one_line()
    {
        var raw = "截至8月底，该公司累计加工陶瓷字画18万片。本报记者 王正义 摄";
        var credit = CreditParser.Parse(raw)!;
        Assert.Equal(raw.IndexOf("本报"), credit.Start);
        Assert.Equal("本报记者 王正义 摄", credit.Text);
        Assert.Equal(("王正义", "摄"), (credit.Credits[0].Name, credit.Credits[0].Role));
    }

    [Fact]
    public void A_credit_broken_over_narrow_caption_lines()
    {
        var raw = "其中示\n范区段 5 公\n里。本报记\n者 王 正\n义 摄";
        var credit = CreditParser.Parse(raw)!;
        Assert.Equal(raw.IndexOf("本报"), credit.Start);
        Assert.Equal("王正义", credit.Credits[0].Name);
    }

    [Theory]
    [InlineData("（本报记者 刘金元 摄）", "刘金元")]
    [InlineData("王正义 摄", "王正义")]
    [InlineData("通讯员 李四 张 三 摄影", "李四")]
    public void Other_credits(string raw, string firstName) => Assert.Equal(firstName, CreditParser.Parse(raw)!.Credits[0].Name);

    [Fact]
    public void The_end_of_the_caption_is_not_taken_for_a_name()
    {
        var raw = "图为巾帼 本报记者 付凯明 摄";
        Assert.Equal(raw.IndexOf("本报"), CreditParser.Parse(raw)!.Start);
    }

    [Theory]
    [InlineData("工作人员正在拍摄")]
    [InlineData("发展特色农业。")]
    [InlineData("他说：这里不许拍摄")]
    public void Text_that_ends_with_摄_but_is_no_credit(string raw) => Assert.Null(CreditParser.Parse(raw));
}
