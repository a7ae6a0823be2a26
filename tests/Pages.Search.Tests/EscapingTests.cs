using Jint;

namespace Pages.Search.Tests;

/// <summary>No text from the index can become HTML in the page.</summary>
public class EscapingTests
{
    [Fact]
    public void The_client_never_parses_html()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Sample.RepoRoot, "theme", "assets", "search"), "*.js"))
        {
            var code = File.ReadAllText(file);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
                Assert.DoesNotContain(sink, code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Excerpts_keep_markup_as_plain_text()
    {
        var js = Sample.Client();
        js.Execute("var e = new PagesSearch.Engine({ v: PagesSearch.FORMAT_VERSION, n: 1, k1: 1.2, b: 0.75, fields: [], facets: [], docsPerFile: 2, segments: [] });");
        var text = js.Evaluate("JSON.stringify(PagesSearch.excerpt('秸秆禁烧<img src=x onerror=alert(1)>', e.parse('秸秆')))").AsString();
        Assert.Contains("<img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
        Assert.Contains("{\"text\":\"秸秆\",\"hit\":true}", text, StringComparison.Ordinal);
    }
}
