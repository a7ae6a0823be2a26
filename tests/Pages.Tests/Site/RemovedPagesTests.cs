using System.Text;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>Which kept pages a rebuild reads again for links to removed pages (<see cref="RemovedPages"/>).</summary>
public sealed class RemovedPagesTests
{
    /// <summary>Through a kept page's file, as a rebuild reads it: its whole text when it may name a removed page.</summary>
    static bool MayBeNamedIn(RemovedPages removed, string html)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, html, new UTF8Encoding(false));
            Assert.Equal(removed.MayBeNamedIn(Encoding.UTF8.GetBytes(html)), removed.TextIfNamedIn(file) is not null);
            var text = removed.TextIfNamedIn(file);
            Assert.True(text is null || text == html);
            return text is not null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_page_is_read_again_only_when_it_names_a_removed_file()
    {
        var removed = new RemovedPages(["articles/2014-01/2014-01-01-p1-07.html", "pages/2014-01/2014-01-01-p3.html"]);
        Assert.True(MayBeNamedIn(removed, "<a href=\"../../articles/2014-01/2014-01-01-p1-07.html#top\">旧</a>"));
        Assert.True(MayBeNamedIn(removed, "<a href='2014-01-01-p3.html'>第三版</a>"));
        Assert.False(MayBeNamedIn(removed, "<a href=\"../../articles/2014-01/2014-01-01-p1-06.html\">邻</a>"));
        Assert.False(MayBeNamedIn(new RemovedPages([]), "<a href=\"x.html\">x</a>"));
    }

    [Fact]
    public void A_name_a_link_could_escape_or_too_many_names_read_every_page()
    {
        Assert.True(MayBeNamedIn(new RemovedPages(["townships/阳庙镇.html"]), "<p>nothing</p>"));
        Assert.True(MayBeNamedIn(new RemovedPages(["a b.html"]), "<p>nothing</p>"));
        Assert.True(MayBeNamedIn(new RemovedPages(Enumerable.Range(0, 100).Select(i => $"articles/{i}.html")), "<p>nothing</p>"));
    }

    [Fact]
    public void A_long_page_is_read_whole_and_an_empty_one_names_nothing()
    {
        var removed = new RemovedPages(["articles/2014-01/2014-01-01-p1-07.html"]);
        var filler = string.Concat(Enumerable.Repeat("<p>示范区的秸秆禁烧</p>", 20_000));
        Assert.True(MayBeNamedIn(removed, filler + "<a href=\"2014-01-01-p1-07.html\">旧</a>"));
        Assert.False(MayBeNamedIn(removed, filler));
        Assert.False(MayBeNamedIn(removed, ""));
    }
}
