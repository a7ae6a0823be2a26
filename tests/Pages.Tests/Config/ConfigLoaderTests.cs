using Pages.Config;

namespace Pages.Tests.Config;

public class ConfigLoaderTests
{
    static ConfigException Fails(string yaml) => Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "site.yml"));

    [Fact]
    public void The_sample_configuration_loads()
    {
        var config = Repo.SampleConfig;
        Assert.Equal(6, config.Townships.Length);
        Assert.Equal(13, config.Topics.Length);
        Assert.Contains("宁国镇", config.Townships.Single(t => t.Name == "宁郭镇").Misprints);
        Assert.Equal(["焦作市城乡一体化示范区"], config.Newspaper.Sections.ToArray());
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        var e = Fails("site:\n  title: [unclosed\n");
        Assert.Equal("site.yml", e.File);
        Assert.True(e.Line >= 2);
        Assert.Contains("not valid YAML", e.Message);
    }

    [Fact]
    public void An_unknown_key_names_its_line()
    {
        var e = Fails("site:\n  title: 档案\n  tilte: 档案\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("unknown key 'tilte'", e.Message);
    }

    [Fact]
    public void A_township_without_a_kind_is_refused()
    {
        var e = Fails("townships:\n  - name: 东风镇\n    code: \"1\"\n");
        Assert.Equal(2, e.Line);
        Assert.Contains("needs 'kind'", e.Message);
    }

    [Fact]
    public void A_name_shared_by_two_townships_is_refused()
    {
        var e = Fails("townships:\n  - name: 东风镇\n    kind: 镇\n    villages: [张庄村]\n  - name: 西风镇\n    kind: 镇\n    villages: [张庄村]\n");
        Assert.Equal(7, e.Line);
        Assert.Contains("'张庄村'", e.Message);
        Assert.Contains("东风镇", e.Message);
    }

    [Fact]
    public void A_topic_without_cues_is_refused() =>
        Assert.Contains("at least one cue", Fails("topics:\n  - name: 党建\n").Message);

    [Fact]
    public void A_word_listed_twice_is_refused() =>
        Assert.Contains("listed twice", Fails("topics:\n  - name: 党建\n    cues: [党员, 党员]\n").Message);

    [Fact]
    public void Villages_may_need_their_township_named()
    {
        var config = ConfigLoader.Parse("townships:\n  - name: 东风镇\n    kind: 镇\n    villages:\n      - 张庄村\n      - name: 马村\n        needs_township: true\n", "site.yml");
        Assert.Equal([new Village("张庄村", false), new Village("马村", true)], config.Townships[0].Villages.ToArray());
    }

    [Fact]
    public void Villages_may_have_misprints()
    {
        var config = ConfigLoader.Parse("townships:\n  - name: 东风镇\n    kind: 镇\n    villages:\n      - name: 东尚村\n        misprints: [东上村]\n", "site.yml");
        Assert.Equal([new Village("东尚村", false, ["东上村"])], config.Townships[0].Villages.ToArray());
    }

    [Fact]
    public void A_village_misprint_that_names_another_township_is_refused() =>
        Assert.Contains("already a name of township '西风镇'", Fails(
            "townships:\n  - name: 西风镇\n    kind: 镇\n  - name: 东风镇\n    kind: 镇\n    villages:\n      - name: 东尚村\n        misprints: [西风镇]\n").Message);
}
