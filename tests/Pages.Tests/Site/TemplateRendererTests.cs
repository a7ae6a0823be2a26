using Pages.Site.Theming;
using Pages.Site.Views;

namespace Pages.Tests.Site;

/// <summary>
/// The renderer reuses its Scriban contexts and their output from page to page, and hands a page's
/// HTML over in place: neither may change what a page says.
/// </summary>
public sealed class TemplateRendererTests : TempFolder
{
    sealed record ListView(IReadOnlyList<string> Items);

    TemplateRenderer Renderer()
    {
        var templates = Path.Combine(Folder, "theme", "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "layout.html"), "<main>{{ content }}</main>");
        File.WriteAllText(Path.Combine(templates, "list.html"), "{{ for i in items }}{{ partial '_item.html' i }}{{ end }}");
        File.WriteAllText(Path.Combine(templates, "_item.html"), "<p>{{ a }}</p>");
        File.WriteAllText(Path.Combine(templates, "plain.html"), "{{ for i in items }}{{ i }},{{ end }}");
        return new TemplateRenderer(new Theme([Path.Combine(Folder, "theme")]));
    }

    static LayoutView Layout => new("", new SiteView("站", null, null), "页", null, "", "", null, []);

    [Fact]
    public void A_page_longer_than_a_megabyte_is_rendered_whole_every_time()
    {
        // Scriban cuts a render's output at a megabyte by default ("..."); the quality report of a
        // 5,000-page archive is longer than that.
        var renderer = Renderer();
        var items = Enumerable.Range(0, 40_000).Select(i => $"第{i}条 <b>&</b>").ToList();
        var expected = "<main>" + string.Concat(items.Select(i => $"<p>{System.Net.WebUtility.HtmlEncode(i)}</p>")) + "</main>";
        Assert.True(expected.Length > 1 << 20);
        for (var round = 0; round < 3; round++)
            Assert.Equal(expected, renderer.RenderPage("list.html", new ListView(items), Layout));
    }

    [Fact]
    public void A_list_of_more_than_a_hundred_thousand_rows_is_rendered()
    {
        // The quality report lists every finding of the archive on one page.
        var items = Enumerable.Range(0, 150_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var html = Renderer().RenderPage("plain.html", new ListView(items), Layout);
        Assert.Equal("<main>" + string.Concat(items.Select(i => i + ",")) + "</main>", html);
    }

    [Fact]
    public void Pages_handed_over_in_place_equal_pages_rendered_into_strings()
    {
        var renderer = Renderer();
        var views = Enumerable.Range(0, 200).Select(n => new ListView([.. Enumerable.Range(0, n % 17).Select(i => $"{n}-{i}")])).ToList();
        var strings = views.Select(v => renderer.RenderPage("list.html", v, Layout)).ToList();
        var inPlace = new string[views.Count];
        Parallel.For(0, views.Count, i => renderer.RenderPage("list.html", views[i], Layout, html => inPlace[i] = new string(html)));
        Assert.Equal(strings, inPlace);
        Assert.Equal("<main><p>5-0</p><p>5-1</p><p>5-2</p><p>5-3</p><p>5-4</p></main>", strings[5]);
    }
}
