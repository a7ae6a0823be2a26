namespace Pages.Search.Tests;

/// <summary>
/// The filter counts the page shows for a query of several terms (Engine.facetCounts): on an
/// archive small enough, each value's count is the number of articles Lucene finds with that
/// value chosen and the other facets' filters kept, so a reader sees before choosing a value how
/// many results it leaves.
/// </summary>
public class FacetCountTests
{
    public static TheoryData<string, string, string> Queries => new()
    {
        { "秸秆禁烧", "", "" },
        { "示范区 党工委", "", "" },
        { "\"城中村改造\"", "", "" },
        { "发展 工作", "township", "阳庙镇" },
        { "示范区 管委会", "topic", "党建" },
        { "本报讯 记者", "kind", "新闻" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_value_counts_what_Lucene_finds_with_it_chosen(string query, string facet, string value)
    {
        foreach (var site in new[] { Sample.Site, Sample.SmallBlocksSite })
        {
            var chosen = facet.Length == 0 ? new Dictionary<string, string[]>() : new() { [facet] = [value] };
            var client = new ClientSearch(site);
            client.Search(query, chosen);
            var counts = client.FacetCounts() ?? throw new Xunit.Sdk.XunitException("no counts on a 36-article archive");
            foreach (var (name, values) in client.Facets())
                foreach (var v in values)
                {
                    var filters = chosen.Where(c => c.Key != name).Select(c => (c.Key, c.Value[0])).Append((name, v));
                    var expected = Sample.Searcher.Search(SearchQuery.Parse(query, filters), 1).Total;
                    Assert.True(expected == counts.GetValueOrDefault(name)?.GetValueOrDefault(v),
                        $"{query} [{facet}={value}] {name}={v}: Lucene {expected}, client {counts.GetValueOrDefault(name)?.GetValueOrDefault(v)} ({site})");
                }
        }
    }

    [Fact]
    public void A_larger_archive_leaves_the_values_unnumbered()
    {
        var client = new ClientSearch(Sample.Site);
        client.Execute("engine.countedDocs = 35;");
        client.Search("秸秆禁烧");
        Assert.Null(client.FacetCounts());
    }
}
