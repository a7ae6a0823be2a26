using Pages.Site.Views;

namespace Pages.Tests.Site;

/// <summary>A long list's pager shows the first and last pages (the last by name, as its number grows with the list) and a window around the current one.</summary>
public sealed class PagerTests
{
    static string Shown(int current, int count) =>
        string.Join(" ", Pager.Of(current, count, n => $"x-{n}.html")!.Pages.Select(p => p.Gap ? "…" : p.Last ? "末页" : p.Current ? $"[{p.Number}]" : $"{p.Number}"));

    [Theory]
    [InlineData(1, 2, "[1] 末页")]
    [InlineData(1, 7, "[1] 2 3 … 末页")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 末页")]
    [InlineData(5, 300, "1 … 3 4 [5] 6 7 … 末页")]
    [InlineData(300, 300, "1 … 298 299 [300]")]
    public void Pages_shown(int current, int count, string shown) => Assert.Equal(shown, Shown(current, count));

    [Fact]
    public void A_list_of_one_page_has_no_pager() => Assert.Null(Pager.Of(1, 1, n => ""));

    [Fact]
    public void Every_page_links_its_neighbours_and_stays_small()
    {
        for (var current = 1; current <= 300; current++)
        {
            var pager = Pager.Of(current, 300, n => $"x-{n}.html")!;
            Assert.Equal(current > 1 ? $"x-{current - 1}.html" : null, pager.Previous?.Url);
            Assert.Equal(current < 300 ? $"x-{current + 1}.html" : null, pager.Next?.Url);
            Assert.InRange(pager.Pages.Count, 3, 2 * Pager.Around + 5);
        }
    }

    /// <summary>Articles added to a list that grows by a page change the pager of the pages near its end only (its pages are kept, not rendered again).</summary>
    [Fact]
    public void A_page_far_from_the_end_keeps_its_pager_when_the_list_grows()
    {
        static string Url(int n, int count) => n == 1 ? "x.html" : n == count ? "x-last.html" : $"x-{n}.html";
        static string Shown(int current, int count) => System.Text.Json.JsonSerializer.Serialize(Pager.Of(current, count, n => Url(n, count)));
        for (var current = 1; current <= 296; current++)
            Assert.Equal(Shown(current, 300), Shown(current, 301));
        Assert.NotEqual(Shown(297, 300), Shown(297, 301));
    }
}
