using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>A long list's pages are cut where its articles say, so one article more or less on an old page moves the pages around it only.</summary>
public sealed class ListCutsTests
{
    static List<string> Ids(int count, string prefix = "a") => [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i}")];

    static List<List<string>> Cut(List<string> ids) =>
        [.. ListCuts.Pages(ids.Count, i => ids[i]).Select(p => ids.GetRange(p.Start, p.Length))];

    [Fact]
    public void Every_item_is_on_one_page_in_order_and_pages_are_between_least_and_most()
    {
        var ids = Ids(20_000);
        var pages = Cut(ids);

        Assert.Equal(ids, pages.SelectMany(p => p));
        Assert.All(pages.SkipLast(1), p => Assert.InRange(p.Count, ListCuts.Least, ListCuts.Most));
        Assert.InRange(ids.Count / (double)pages.Count, 70, 120);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ListCuts.Least)]
    public void A_short_list_is_one_page(int count) =>
        Assert.Equal([(0, count)], ListCuts.Pages(count, i => $"a{i}"));

    [Theory]
    [InlineData(0)]
    [InlineData(3_000)]
    [InlineData(9_999)]
    public void An_article_added_or_removed_leaves_the_pages_after_its_own_as_they_were(int at)
    {
        var ids = Ids(10_000);
        var before = Cut(ids);
        foreach (var changed in new[] { ids.Take(at).Append("new").Concat(ids.Skip(at)).ToList(), ids.Where((_, i) => i != at).ToList() })
        {
            var after = Cut(changed);
            // Pages are compared from the end: their numbers move only if the change adds or removes a cut.
            var same = before.AsEnumerable().Reverse().Zip(after.AsEnumerable().Reverse()).TakeWhile(p => p.First.SequenceEqual(p.Second)).Count();
            var page = before.FindIndex(p => p.Contains(ids[at]));
            Assert.InRange(before.Count - same, 1, page + 3);
        }
    }
}
