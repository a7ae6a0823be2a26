using Pages.Build;
using Pages.Config;

namespace Pages.Tests.Site;

/// <summary>Configuration values with markup, "../" and absolute paths: escaped, and never a path.</summary>
public sealed class HostileConfigTests : TempFolder
{
    const string Yaml =
        "site:\n" +
        "  title: \"<script>alert(1)</script>档案\"\n" +
        "townships:\n" +
        "  - name: 东风镇\n" +
        "    code: \"../../evil\"\n" +
        "    kind: 镇\n" +
        "    villages: [\"/etc/passwd\", \"..\\\\..\\\\x\"]\n" +
        "topics:\n" +
        "  - name: \"<b>党建</b>\"\n" +
        "    cues: [开会]\n";

    [Fact]
    public void Hostile_configuration_values_are_escaped_and_never_become_paths()
    {
        var input = InputWithPage("x.txt", "本报讯（记者张三丰） 近日，东风镇开会。\n\n东风镇开会\n");
        var output = Path.Combine(Folder, "site");
        var result = SiteBuilder.Build(new BuildOptions([input], output, ConfigLoader.Parse(Yaml, "site.yml"), [SampleSite.DefaultTheme]));
        Assert.True(result.Succeeded, result.Failure);
        AssertNothingWrittenOutside(output, input);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.DoesNotContain("<script>alert(1)", home);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;档案", home);
        Assert.DoesNotContain("<b>党建</b>", File.ReadAllText(Path.Combine(output, "topics", "index.html")));
    }
}
