namespace Pages.Search.Tests;

/// <summary>The browser client, run in Jint over the exported index, ranks exactly as Lucene does.</summary>
public class ParityTests
{
    public static TheoryData<string> PlainQueries() => [.. Queries.Plain];

    public static TheoryData<string, string, string> FilteredQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (q, f, v) in Queries.Filtered)
            data.Add(q, f, v);
        return data;
    }

    [Theory]
    [MemberData(nameof(PlainQueries))]
    public void Client_top_20_equals_lucene(string query) => AssertParity(query, null);

    [Theory]
    [MemberData(nameof(FilteredQueries))]
    public void Client_top_20_equals_lucene_with_a_filter(string query, string facet, string value) =>
        AssertParity(query, (facet, value));

    [Fact]
    public void The_query_set_is_large_and_finds_things()
    {
        Assert.True(Queries.Plain.Length + Queries.Filtered.Length >= 40);
        var found = Queries.Plain.Count(q => Sample.Searcher.Search(SearchQuery.Parse(q)).Total > 0);
        Assert.True(found >= Queries.Plain.Length - 4, $"only {found} queries find anything");
    }

    static void AssertParity(string query, (string Facet, string Value)? filter)
    {
        var filters = filter is { } f ? new[] { (f.Facet, f.Value) } : [];
        var lucene = Sample.Searcher.Search(SearchQuery.Parse(query, filters), 20);
        var client = new ClientSearch(Sample.Site);
        var (total, hits) = client.Search(query, filter is { } g ? new Dictionary<string, string[]> { [g.Facet] = [g.Value] } : null);
        Assert.Equal(lucene.Total, total);
        var top = hits.Take(20).ToList();
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), top.Select(h => h.Doc));
        for (var i = 0; i < top.Count; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - top[i].Score) <= 1e-6, $"{query} #{i}: Lucene {lucene.Hits[i].Score:R}, client {top[i].Score:R}");
    }
}
