using Pages.Archive;
using Pages.Generate;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>
/// Related articles: each article's five best by what they share with it (a township 2, the primary
/// topic 2, another topic 1), the nearest in the archive first among equals, taken from the eight
/// neighbours on each side in each of its facets' lists. The table the build uses is held to the
/// plain reading of that rule.
/// </summary>
public sealed class RelatedArticlesTests : TempFolder
{
    [Fact]
    public void Every_article_gets_the_related_articles_the_rule_gives()
    {
        var samples = ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig);
        var pages = Path.Combine(Folder, "pages");
        ArchiveGenerator.Generate(samples, 120, 7, pages, null);
        var site = SiteModelBuilder.Build(ArchiveLoader.Load([pages], Repo.SampleConfig));

        Assert.Contains(site.Articles, a => a.Related.Count == 5);
        // Articles with several facets meet more candidates than the table's first size holds.
        Assert.Contains(site.Articles, a => a.Townships.Count + a.Topics.Count >= 3);
        foreach (var article in site.Articles)
            Assert.Equal(Reference(article).Select(a => a.Order), article.Related.Select(a => a.Order));
    }

    /// <summary>The rule as written, with a dictionary and a full sort.</summary>
    static IEnumerable<ArticleEntry> Reference(ArticleEntry article)
    {
        var shared = new Dictionary<ArticleEntry, int>();
        void Offer(FacetEntry facet, int weight)
        {
            var at = facet.Articles.FindIndex(a => a.Order >= article.Order);
            at = at < 0 ? facet.Articles.Count : at;
            for (var i = Math.Max(0, at - 8); i < Math.Min(facet.Articles.Count, at + 9); i++)
                if (facet.Articles[i] != article)
                    shared[facet.Articles[i]] = shared.GetValueOrDefault(facet.Articles[i]) + weight;
        }
        foreach (var township in article.Townships)
            Offer(township, 2);
        for (var i = 0; i < article.Topics.Count; i++)
            Offer(article.Topics[i], i == 0 ? 2 : 1);
        return shared.OrderByDescending(p => p.Value).ThenBy(p => Math.Abs(p.Key.Order - article.Order)).ThenBy(p => p.Key.Order)
            .Take(5).Select(p => p.Key);
    }
}
