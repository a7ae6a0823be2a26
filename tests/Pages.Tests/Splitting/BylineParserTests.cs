using Pages.Model;
using Pages.Splitting;

namespace Pages.Tests.Splitting;

public class BylineParserTests
{
    static Credit[] Parse(string text, bool requireRole = true)
    {
        Assert.True(BylineParser.TryParse(text, requireRole, "", out var credits, requireSurname: true), text);
        return [.. credits];
    }

    [Fact]
    public void A_role_and_a_name() =>
        Assert.Equal([new Credit("郭树勋", "记者")], Parse("本报记者 郭树勋"));

    [Fact]
    public void Padded_names_are_closed_up() =>
        Assert.Equal([new Credit("郭树勋", "记者"), new Credit("张攀", "通讯员")], Parse("本报记者 郭树勋 本报通讯员 张 攀"));

    [Fact]
    public void Names_separated_by_a_comma_share_a_role() =>
        Assert.Equal([new Credit("郭树勋", "记者"), new Credit("付凯明", "记者")], Parse("记者郭树勋、付凯明"));

    [Fact]
    public void Several_roles_without_spaces() =>
        Assert.Equal([new Credit("付凯明", "记者"), new Credit("卢立明", "通讯员")], Parse("记者付凯明 通讯员卢立明"));

    [Fact]
    public void Two_full_names_after_one_role_stay_two() =>
        Assert.Equal([new Credit("张三丰", "记者"), new Credit("李四光", "记者")], Parse("记者 张三丰 李四光"));

    [Fact]
    public void A_name_broken_by_spaces_into_single_characters_is_one_name() =>
        Assert.Equal([new Credit("王正义", "记者")], Parse("本报记者 王 正 义"));

    [Fact]
    public void A_transcribed_name_with_a_middle_dot() =>
        Assert.Equal([new Credit("阿依古丽·买买提", "记者")], Parse("记者 阿依古丽·买买提"));

    [Theory]
    [InlineData("□本报记者 郭树勋 通讯员 张攀")]
    [InlineData("■ 本报记者 郭树勋 通讯员 张攀")]
    public void A_box_or_bullet_before_a_byline_is_passed_over(string text) =>
        Assert.Equal([new Credit("郭树勋", "记者"), new Credit("张攀", "通讯员")], Parse(text));

    [Theory]
    [InlineData("记者看到，在芋头地里")]
    [InlineData("□记者在现场")]
    [InlineData("记者在现场")]
    [InlineData("本报记者")]
    [InlineData("郭树勋")]
    [InlineData("本报记者 郭树勋说道")]
    [InlineData("记者 100")]
    public void A_sentence_is_not_a_byline(string text) =>
        Assert.False(BylineParser.TryParse(text, requireRole: true, "", out _, requireSurname: true));
}
