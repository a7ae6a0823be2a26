using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>
/// Printed pages and articles are shelved in folders of at most a few thousand files: a FAT32 USB
/// stick holds at most 65,536 entries in a folder, a long name taking three.
/// </summary>
public class SitePathsTests
{
    [Fact]
    public void A_dated_name_is_shelved_by_its_month()
    {
        Assert.Equal("articles/2014-01/2014-01-01-p1-03.html", SitePaths.Article("2014-01-01-p1-03"));
        Assert.Equal("pages/2014-01/2014-01-01-p1.html", SitePaths.Page("2014-01-01-p1"));
        Assert.Equal("../../", SitePaths.RootFrom(SitePaths.Article("2014-01-01-p1-03")));
    }

    [Fact]
    public void Other_names_spread_over_256_folders()
    {
        var shelves = Enumerable.Range(0, 20_000).Select(i => SitePaths.Shelf($"scan_{i:x6}-{i % 9:D2}")).CountBy(s => s).ToList();
        Assert.All(shelves, s => Assert.Matches("^[0-9a-f]{2}$", s.Key));
        Assert.Equal(256, shelves.Count);
        Assert.InRange(shelves.Max(s => s.Value), 1, 160);
    }
}
