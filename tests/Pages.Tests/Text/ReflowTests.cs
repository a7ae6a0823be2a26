using Pages.Text;

namespace Pages.Tests.Text;

public class ReflowTests
{
    [Theory]
    [InlineData("秋节即将到来之际，示范区组织开展了慰问\n五保老人", "秋节即将到来之际，示范区组织开展了慰问五保老人")]
    [InlineData("发 挥 产 业 聚 集 区", "发挥产业聚集区")]
    [InlineData("9 月 24 日，在中", "9月24日，在中")]
    [InlineData("共慰问五保老人 156\n名", "共慰问五保老人156名")]
    [InlineData("河 （ 聂 村\n段）治理", "河（聂村段）治理")]
    [InlineData("一款\nSQRB2G06 小型发动机", "一款SQRB2G06小型发动机")]
    [InlineData("航空航天3D 制造", "航空航天3D 制造")]
    [InlineData("研究与试验发展(R&D)经费", "研究与试验发展(R&D)经费")]
    [InlineData("提升先进装备制造技术水平 and 创新能力", "提升先进装备制造技术水平 and 创新能力")]
    [InlineData("CMA 与 CATL\n资质", "CMA 与 CATL资质")]
    [InlineData("Latin\nwords", "Latin words")]
    public void Body_text_is_reflowed_as_written(string raw, string expected) => Assert.Equal(expected, Reflow.Body(raw));

    [Theory]
    [InlineData("本报讯 （通讯员李艳\n菊）", "本报讯（通讯员李艳菊）")]
    [InlineData("本报记者  郭树勋", "本报记者 郭树勋")]
    [InlineData("本报记\n者 王 正\n义 摄", "本报记者 王 正义 摄")]
    public void Bylines_keep_the_spaces_between_names_only(string raw, string expected) => Assert.Equal(expected, Reflow.Byline(raw));

    [Theory]
    [InlineData("月满中秋 情满人间", "月满中秋 情满人间")]
    [InlineData("总 部 工 程 师 的 共 同", "总部工程师的共同")]
    [InlineData("优化营商环境  突出专业招商", "优化营商环境 突出专业招商")]
    public void A_headline_line_keeps_its_phrase_spaces(string line, string expected) => Assert.Equal(expected, Reflow.HeadlineLine(line));

    [Fact]
    public void A_wrapped_title_is_joined_without_a_space() =>
        Assert.Equal("示范区对村两委干部实行绩效考评", Reflow.HeadlineLines(["示范区对村两委干部", "实行绩效考评"]));

    [Fact]
    public void Two_parallel_title_lines_keep_a_space() =>
        Assert.Equal("提升产业竞争力 建设实力示范区", Reflow.HeadlineLines(["提升产业竞争力", "建设实力示范区"]));

    [Fact]
    public void A_line_ending_with_a_colon_runs_on() =>
        Assert.Equal("区组织人社局：补齐短板提成效", Reflow.HeadlineLines(["区组织人社局：", "补齐短板提成效"]));
}
