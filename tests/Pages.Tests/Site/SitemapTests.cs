using Pages.Archive;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>
/// The sitemap carries a key of what it lists, so a rebuild that would list the same keeps the
/// published one: the key must change with every page listed, every date and the site's address.
/// </summary>
public sealed class SitemapTests : TempFolder
{
    static readonly SiteModel Site = SiteModelBuilder.Build(ArchiveLoader.Load([Repo.PagesFolder], Repo.SampleConfig));

    static List<string> Pages() => [.. Site.Articles.Select(a => a.Url).Append(SitePaths.Home)];

    string Written(SitemapWriter.Sitemap map)
    {
        var file = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".xml");
        using (var stream = File.Create(file))
            SitemapWriter.Write(map, stream);
        return file;
    }

    [Fact]
    public void A_sitemap_says_it_lists_what_it_was_written_from()
    {
        var map = SitemapWriter.Of(Site, Pages());
        var file = Written(map);

        Assert.True(SitemapWriter.Lists(file, map));
        Assert.Contains("<loc>" + Site.Articles[0].Url + "</loc>", File.ReadAllText(file));
        Assert.Equal(map.Key, SitemapWriter.Of(Site, Enumerable.Reverse(Pages())).Key);
    }

    [Fact]
    public void Another_page_another_date_or_another_address_is_another_sitemap()
    {
        var map = SitemapWriter.Of(Site, Pages());
        var file = Written(map);
        var article = Site.Articles[0];
        var others = new[]
        {
            SitemapWriter.Of(Site, Pages().Append("extra.html")),
            SitemapWriter.Of(Site, Pages().Skip(1)),
            map with { BaseUrl = "https://archive.example.org" },
            map with { Pages = [.. map.Pages.Select(p => p.Page == article.Url ? (p.Page, p.Date?.AddDays(1) ?? new DateOnly(2020, 1, 1)) : p)] },
        };
        Assert.Equal(4, others.Select(o => o.Key).Append(map.Key).Distinct().Count() - 1);
        Assert.All(others, other => Assert.False(SitemapWriter.Lists(file, other)));
        Assert.False(SitemapWriter.Lists(Path.Combine(Folder, "missing.xml"), map));
    }
}
