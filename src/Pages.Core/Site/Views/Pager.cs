namespace Pages.Site.Views;

/// <summary>
/// A long list's pager: the first and the last page, and <see cref="Around"/> pages on either side
/// of the current one, with gaps between, as archives and search engines show them. Listing every
/// page made each page of a list carry all the others: the zone's 300 pages at 5,000 printed pages
/// made 90,000 links, built again on every rebuild, and a list of 300 numbers is no help to a reader.
/// The last page is named, not numbered (末页): its number grows with the list, and would change
/// the pager of every page each time the list gained a page.
/// </summary>
public static class Pager
{
    public const int Around = 2;

    /// <summary>
    /// The address of page <paramref name="n"/> of <paramref name="count"/> of a list whose first page is
    /// <paramref name="first"/> (x.html): x-2.html…, and x-last.html for the last, so that a page's
    /// address does not depend on how many pages follow it.
    /// </summary>
    public static string Url(string first, int n, int count) =>
        n == 1 ? first : first[..^".html".Length] + (n == count ? "-last.html" : $"-{n}.html");

    /// <summary>The pager of page <paramref name="current"/> of <paramref name="count"/>, whose addresses <paramref name="url"/> gives; null for a list of one page.</summary>
    public static PagerView? Of(int current, int count, Func<int, string> url)
    {
        if (count <= 1)
            return null;
        var pages = new List<PagerPage>();
        var last = 0;
        foreach (var n in Numbers(current, count))
        {
            if (n > last + 1)
                pages.Add(new PagerPage(0, "", false, Gap: true));
            pages.Add(n == count && n != current ? new PagerPage(0, url(n), false, Last: true) : new PagerPage(n, url(n), n == current));
            last = n;
        }
        return new PagerView(
            current > 1 ? new NeighbourLink(url(current - 1), $"第{current - 1}页", "") : null,
            current < count ? new NeighbourLink(url(current + 1), $"第{current + 1}页", "") : null,
            pages);
    }

    static IEnumerable<int> Numbers(int current, int count)
    {
        yield return 1;
        for (var n = Math.Max(2, current - Around); n <= Math.Min(count - 1, current + Around); n++)
            yield return n;
        yield return count;
    }
}
