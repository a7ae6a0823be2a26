using System.Globalization;
using Pages.Config;

namespace Pages.Site;

/// <summary>Groups articles by township, village, topic, author and year, in the configuration's order.</summary>
internal sealed class FacetBuilder
{
    public FacetBuilder(SiteConfig config, IReadOnlyList<ArticleEntry> articles)
    {
        Zone = new FacetEntry { Name = config.Zone.Name.Length > 0 ? config.Zone.Name : "全区", Url = SitePaths.Zone, Note = "全区" };
        var townships = config.Townships.ToDictionary(
            t => t.Name,
            t => new FacetEntry { Name = t.Name, Url = SitePaths.Township(Slugs.For(t.Code, "t")), Note = t.Kind });
        var villages = new Dictionary<string, FacetEntry>(StringComparer.Ordinal);
        foreach (var t in config.Townships)
        {
            foreach (var v in t.Villages)
            {
                var facet = new FacetEntry { Name = v.Name, Url = SitePaths.Village(Slugs.Hashed(t.Name + "/" + v.Name, "v")), Note = t.Name };
                villages[v.Name] = facet;
                townships[t.Name].Children.Add(facet);
            }
        }
        var topics = config.Topics.ToDictionary(t => t.Name, t => new FacetEntry { Name = t.Name, Url = SitePaths.Topic(Slugs.Hashed(t.Name, "t")) });
        var authors = new Dictionary<string, FacetEntry>(StringComparer.Ordinal);
        // Each author's roles, in the order first met in the archive (Article.Credits is computed anew on each call: read once per article).
        var roles = new Dictionary<FacetEntry, List<string>>();
        var years = new SortedDictionary<int, FacetEntry>();

        foreach (var article in articles)
        {
            var tags = article.Tagged.Tags;
            if (tags.Zone)
                Zone.Articles.Add(article);
            Add(article, article.Townships, tags.Townships.Select(n => townships.GetValueOrDefault(n)));
            Add(article, article.Villages, tags.Villages.Select(n => villages.GetValueOrDefault(n)));
            Add(article, article.Topics, tags.Topics.Select(n => topics.GetValueOrDefault(n)));
            foreach (var credit in article.Tagged.Article.Credits)
            {
                if (!authors.TryGetValue(credit.Name, out var author))
                {
                    authors[credit.Name] = author = new FacetEntry { Name = credit.Name, Url = SitePaths.Author(Slugs.Hashed(credit.Name, "a")) };
                    roles[author] = [];
                }
                author.Articles.Add(article);
                article.Authors.Add(author);
                var role = credit.Role == "摄" ? "摄影" : credit.Role;
                if (role.Length > 0 && !roles[author].Contains(role))
                    roles[author].Add(role);
            }
            if (article.Page.Issue.Date is { } date)
            {
                if (!years.TryGetValue(date.Year, out var year))
                    years[date.Year] = year = new FacetEntry { Name = $"{date.Year}年", Url = SitePaths.Year(date.Year.ToString(CultureInfo.InvariantCulture)) };
                year.Articles.Add(article);
                article.Year = year;
            }
        }

        Townships = [.. config.Townships.Select(t => townships[t.Name])];
        Villages = [.. villages.Values];
        Topics = [.. config.Topics.Select(t => topics[t.Name])];
        // Authors by how much they wrote, then by name, so the index starts with the paper's own reporters.
        Authors = [.. authors.Values.OrderByDescending(a => a.Articles.Count).ThenBy(a => a.Name, StringComparer.Ordinal)];
        foreach (var author in Authors)
            author.Note = string.Join("、", roles[author]);
        Years = [.. years.Values];
    }

    public FacetEntry Zone { get; }

    public IReadOnlyList<FacetEntry> Townships { get; }

    public IReadOnlyList<FacetEntry> Villages { get; }

    public IReadOnlyList<FacetEntry> Topics { get; }

    public IReadOnlyList<FacetEntry> Authors { get; }

    public IReadOnlyList<FacetEntry> Years { get; }

    static void Add(ArticleEntry article, List<FacetEntry> onArticle, IEnumerable<FacetEntry?> facets)
    {
        foreach (var facet in facets)
        {
            if (facet is null)
                continue;
            facet.Articles.Add(article);
            onArticle.Add(facet);
        }
    }
}
