using Pages.Site.Views;

namespace Pages.Tests.Site;

/// <summary>A long list's pager shows the first and last pages and a window around the current one.</summary>
public sealed class PagerTests
{
    static string Shown(int current, int count) =>
        string.Join(" ", Pager.Of(current, count, n => $"x-{n}.html")!.Pages.Select(p => p.Gap ? "…" : p.Current ? $"[{p.Number}]" : $"{p.Number}"));

    [Theory]
    [InlineData(1, 2, "[1] 2")]
    [InlineData(1, 7, "[1] 2 3 … 7")]
    [InlineData(4, 7, "1 2 3 [4] 5 6 7")]
    [InlineData(5, 300, "1 … 3 4 [5] 6 7 … 300")]
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
}
