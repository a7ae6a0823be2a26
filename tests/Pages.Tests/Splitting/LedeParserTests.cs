using Pages.Model;
using Pages.Splitting;

namespace Pages.Tests.Splitting;

public class LedeParserTests
{
    [Fact]
    public void The_dateline_with_its_reporter()
    {
        var raw = "本报讯（记者付凯明） 9 月 24 日，在中";
        var lede = LedeParser.Parse(raw)!;
        Assert.Equal("本报讯（记者付凯明）", lede.Text);
        Assert.Equal("本报讯（记者付凯明）".Length, lede.Length);
        Assert.Equal([new Credit("付凯明", "记者")], lede.Credits.ToArray());
        Assert.False(lede.IsFollowUp);
    }

    [Fact]
    public void Brackets_broken_across_lines()
    {
        var raw = "本报讯 （通讯员李艳\n菊）今年年初以来";
        var lede = LedeParser.Parse(raw)!;
        Assert.Equal("本报讯（通讯员李艳菊）", lede.Text);
        Assert.Equal(raw.IndexOf('今'), lede.Length);
        Assert.Equal("李艳菊", Assert.Single(lede.Credits).Name);
    }

    [Fact]
    public void A_role_word_broken_across_lines()
    {
        var lede = LedeParser.Parse("本报讯（记者付凯明 通\n讯员卢立明） 连日来")!;
        Assert.Equal("本报讯（记者付凯明 通讯员卢立明）", lede.Text);
        Assert.Equal(["付凯明", "卢立明"], lede.Credits.Select(c => c.Name));
    }

    [Fact]
    public void Half_width_brackets_and_several_names()
    {
        var lede = LedeParser.Parse("本报讯(记者郭树勋、付凯明)为加快")!;
        Assert.Equal("本报讯(记者郭树勋、付凯明)", lede.Text);
        Assert.Equal(2, lede.Credits.Length);
    }

    [Fact]
    public void A_second_report_under_the_same_headline()
    {
        var lede = LedeParser.Parse("又讯（记者郭树勋） 10月20日上午")!;
        Assert.True(lede.IsFollowUp);
        Assert.Equal("又讯（记者郭树勋）", lede.Text);
    }

    [Theory]
    [InlineData("本报北京9月24日电（记者张三） 今天", "本报北京9月24日电（记者张三）")]
    [InlineData("新华社郑州9月24日电 今天", "新华社郑州9月24日电")]
    [InlineData("本报讯 近日，示范区", "本报讯")]
    public void Other_datelines(string raw, string expected) => Assert.Equal(expected, LedeParser.Parse(raw)!.Text);

    [Theory]
    [InlineData("本报讯 记者 郭树勋 通讯员 卢立明 11月14日，文昌街道召开", "本报讯 记者 郭树勋 通讯员 卢立明", "郭树勋 卢立明", "11月14日")]
    [InlineData("本报讯 记者郭树勋 近日，文苑街道", "本报讯 记者郭树勋", "郭树勋", "近日")]
    [InlineData("本报讯 记者 付凯\n明 通讯员 张 攀 连日来", "本报讯 记者 付凯明 通讯员 张 攀", "付凯明 张攀", "连日来")]
    public void Reporters_between_spaces_without_brackets(string raw, string text, string names, string rest)
    {
        var lede = LedeParser.Parse(raw)!;
        Assert.Equal(text, lede.Text);
        Assert.Equal(names.Split(' '), lede.Credits.Select(c => c.Name));
        Assert.StartsWith(rest, raw[lede.Length..].TrimStart());
    }

    [Theory]
    [InlineData("本报讯 记者 日前走访了", "本报讯")] // no name after the role
    [InlineData("本报讯 记者 日前 走访了", "本报讯")] // 日前 names nobody
    [InlineData("本报讯 郭树勋 付凯明 近日", "本报讯")] // names without a role could be anything
    public void Words_between_spaces_that_are_not_reporters_stay_in_the_text(string raw, string text)
    {
        var lede = LedeParser.Parse(raw)!;
        Assert.Equal(text, lede.Text);
        Assert.Empty(lede.Credits);
    }

    [Fact]
    public void Brackets_that_hold_no_names_stay_in_the_text()
    {
        var lede = LedeParser.Parse("本报讯（详见第二版）近日")!;
        Assert.Equal("本报讯", lede.Text);
        Assert.Empty(lede.Credits);
    }

    [Fact]
    public void Text_without_a_dateline() => Assert.Null(LedeParser.Parse("近日，本报讯员"));
}
