using Pages.Config;
using Pages.Model;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Tests.Tagging;

/// <summary>Place and topic tagging on made-up articles, against a small configuration of its own.</summary>
public class TaggingTests
{
    static readonly SiteConfig Config = ConfigLoader.Parse("""
        zone:
          name: 某某区
          aliases: [示范区, 高新区]
        townships:
          - name: 东风镇
            kind: 镇
            aliases: [东风乡]
            misprints: [东丰镇]
            villages:
              - 张庄村
              - name: 寨卜昌
                misprints: [寨卞昌]
              - name: 东尚村
                misprints: [东上村]
              - 怀村
              - name: 马村
                needs_township: true
          - name: 西城街道
            kind: 街道
            villages: [秦屯村]
        topics:
          - name: 生态环保
            cues: [禁烧, 污染]
          - name: 农业农村
            cues: [秸秆, 农民, 小麦]
          - name: 工业
            cues: [车间]
            weak_cues: [企业]
          - name: 科技
            cues: [科技型]
        """, "test.yml");

    static ArticleTags Tag(string title, string body, PageMeta? meta = null)
    {
        var text = $"{body}\n\n{title}\n";
        var article = PageSplitter.Split(PageSource.FromText("t", text), SplitterOptions.Default).Articles[0];
        return new ArticleTagger(Config).Tag(article, meta ?? PageMeta.Unknown);
    }

    [Fact]
    public void A_township_named_directly() =>
        Assert.Equal(["东风镇"], Tag("东风镇开展植树活动", "近日，东风镇组织干部群众植树。").Townships.ToArray());

    [Fact]
    public void An_alias_counts_as_its_township() =>
        Assert.Equal(["东风镇"], Tag("植树活动", "近日，原东风乡的群众参加植树。").Townships.ToArray());

    [Fact]
    public void A_misprint_counts_and_is_reported()
    {
        var tags = Tag("植树活动", "近日，东丰镇组织群众植树。");
        Assert.Equal(["东风镇"], tags.Townships.ToArray());
        Assert.Equal(["东丰镇"], tags.Misprints.ToArray());
    }

    [Fact]
    public void A_village_misprint_counts_as_the_village_and_is_reported()
    {
        var tags = Tag("植树活动", "近日，东上村组织群众植树。");
        Assert.Equal(["东风镇"], tags.Townships.ToArray());
        Assert.Equal(["东尚村"], tags.Villages.ToArray());
        Assert.Equal(["东上村"], tags.Misprints.ToArray());
    }

    [Fact]
    public void A_village_misprint_without_村_needs_its_township_as_the_name_does()
    {
        Assert.Empty(Tag("植树活动", "近日，寨卞昌组织群众在路边植树。").Townships);
        var tags = Tag("植树活动", "近日，东风镇寨卞昌组织群众植树。");
        Assert.Equal(["寨卜昌"], tags.Villages.ToArray());
        Assert.Equal(["寨卞昌"], tags.Misprints.ToArray());
    }

    [Fact]
    public void A_village_with_村_names_its_township()
    {
        var tags = Tag("植树活动", "近日，秦屯村组织群众植树。");
        Assert.Equal(["西城街道"], tags.Townships.ToArray());
        Assert.Equal(["秦屯村"], tags.Villages.ToArray());
    }

    [Fact]
    public void A_village_without_村_needs_its_township_nearby()
    {
        Assert.Empty(Tag("植树活动", "近日，秦屯组织群众在路边植树。").Townships);
        Assert.Empty(Tag("古民居保护", "寨卜昌明清古民居的保护开发近日启动。").Townships);
        Assert.Equal(["寨卜昌"], Tag("植树活动", "东风镇寨卜昌古建筑保护工作近日启动。").Villages.ToArray());
    }

    [Theory]
    [InlineData("近日，秦屯、和屯两个试点村启动改造。", "西城街道")]
    [InlineData("近日，和屯、秦屯两个村组织群众植树。", "西城街道")]
    [InlineData("寨卜昌、侯卜昌等村的古民居得到保护。", "东风镇")]
    [InlineData("寨卜昌和侯卜昌村的古民居得到保护。", "东风镇")]
    public void A_village_in_a_list_of_names_sharing_one_村_counts(string body, string township) =>
        Assert.Equal([township], Tag("新闻", body).Townships.ToArray());

    [Theory]
    [InlineData("马村、秦庄两个村组织群众植树。")]
    [InlineData("关怀、照顾两个村的老人。")]
    public void A_list_of_names_does_not_vouch_for_a_common_word(string body) =>
        Assert.DoesNotContain("东风镇", Tag("新闻", body).Townships);

    [Fact]
    public void A_village_name_that_is_a_common_word_needs_its_township()
    {
        Assert.Empty(Tag("焦作马村区开展植树活动", "马村区近日组织群众植树。").Townships);
        Assert.Equal(["马村"], Tag("植树活动", "东风镇马村近日组织群众植树。").Villages.ToArray());
    }

    [Fact]
    public void A_short_village_name_hidden_in_ordinary_words_does_not_count() =>
        Assert.Empty(Tag("关怀村民", "志愿者关怀村民生活，送去米面油。").Townships);

    [Fact]
    public void A_village_short_form_inside_its_township_name_is_not_the_village() =>
        Assert.Empty(Tag("东风镇开展植树活动", "东风镇组织群众植树。").Villages);

    [Fact]
    public void The_zone_is_a_place_of_its_own()
    {
        var tags = Tag("示范区开展植树活动", "近日，示范区组织群众植树。");
        Assert.True(tags.Zone);
        Assert.Empty(tags.Townships);
    }

    [Fact]
    public void Several_topics_with_the_primary_first() =>
        Assert.Equal(["农业农村", "生态环保"], Tag("秸秆综合利用", "农民把秸秆运到收储点，小麦秸秆不再焚烧，减少了污染。该镇做好禁烧工作，严防污染，确保禁烧不留死角。").Topics.ToArray());

    [Fact]
    public void A_topic_in_the_title_outweighs_the_body() =>
        Assert.Equal("科技", Tag("科技型企业再添新成员", "该企业的车间里，工人们正在生产。").Topics[0]);

    [Fact]
    public void A_weak_cue_alone_is_not_enough() =>
        Assert.Empty(Tag("会议召开", "该企业近日召开会议。").Topics);

    [Fact]
    public void Dates_take_the_page_year_when_none_is_printed()
    {
        var page = new PageMeta(new DateOnly(2015, 1, 5), null, null, null);
        var tags = Tag("植树活动", "2014年3月12日植树节以来，12月30日、1月4日，该镇组织群众植树。", page);
        Assert.Equal(["2014-03-12", "2014-12-30", "2015-01-04"], tags.Dates.Select(d => d.ToString()));
        Assert.Equal(["03-12"], Tag("植树活动", "3月12日，该镇组织群众植树。").Dates.Select(d => d.ToString()));
    }
}
