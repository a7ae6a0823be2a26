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

    [Theory]
    [MemberData(nameof(PlainQueries))]
    public void Client_top_20_equals_lucene_reading_small_blocks(string query) => AssertParity(query, null, Sample.SmallBlocksSite);

    [Theory]
    [MemberData(nameof(FilteredQueries))]
    public void Client_top_20_equals_lucene_with_a_filter_reading_small_blocks(string query, string facet, string value) =>
        AssertParity(query, (facet, value), Sample.SmallBlocksSite);

    [Fact]
    public void A_one_term_query_reads_only_the_blocks_its_first_page_needs()
    {
        var client = new ClientSearch(Sample.SmallBlocksSite);
        var (total, exact, hits) = client.Search("村", top: 2);
        Assert.Equal(Sample.Searcher.Search(SearchQuery.Parse("村")).Total, total);
        Assert.True(exact);
        Assert.Equal(2, hits.Count);
        var blocks = client.Loaded.Count(k => k.StartsWith("x/", StringComparison.Ordinal));
        var all = Directory.GetFiles(Path.Combine(Sample.SmallBlocksSite, "search", "x"), "*.js", SearchOption.AllDirectories).Length;
        Assert.InRange(blocks, 1, 3);
        Assert.True(all > 100);
    }

    /// <summary>
    /// A page keeps one engine for every search: what one query loaded (blocks, parts of a block
    /// map, positions) is there for the next, which must still rank as Lucene does.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_client_answers_the_query_set_in_turn_as_Lucene_does(bool smallBlocks)
    {
        var client = new ClientSearch(smallBlocks ? Sample.SmallBlocksSite : Sample.Site);
        // Each phrase also right after its words unquoted, which may have read the maps of its terms.
        var phrases = Queries.Plain.Where(q => q.Contains('"') || q.Contains('“')).ToList();
        var turns = Queries.Plain.Concat(phrases.SelectMany(p => new[] { p.Trim('"', '“', '”'), p })).Concat(Queries.Plain.Reverse());
        foreach (var query in turns)
        {
            var lucene = Sample.Searcher.Search(SearchQuery.Parse(query), 10);
            var (total, _, hits) = client.Search(query, top: 10);
            Assert.True(total >= lucene.Total, $"{query}: {total} below {lucene.Total}");
            Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Take(10).Select(h => h.Doc));
        }
    }

    [Fact]
    public void The_query_set_is_large_and_finds_things()
    {
        Assert.True(Queries.Plain.Length + Queries.Filtered.Length >= 40);
        var found = Queries.Plain.Count(q => Sample.Searcher.Search(SearchQuery.Parse(q)).Total > 0);
        Assert.True(found >= Queries.Plain.Length - 4, $"only {found} queries find anything");
    }

    [Theory]
    [MemberData(nameof(PlainQueries))]
    public void Client_top_20_equals_lucene_with_numbers_no_article_has(string query) =>
        AssertParity(query, null, Sample.PagedSite, Sample.PagedNumbers.Of);

    [Theory]
    [MemberData(nameof(FilteredQueries))]
    public void Client_top_20_equals_lucene_with_filters_and_numbers_no_article_has(string query, string facet, string value) =>
        AssertParity(query, (facet, value), Sample.PagedSite, Sample.PagedNumbers.Of);

    /// <param name="number">The client's number of Lucene's document (the site's numbering; the same number by default).</param>
    static void AssertParity(string query, (string Facet, string Value)? filter, string? site = null, Func<int, int>? number = null)
    {
        number ??= d => d;
        var filters = filter is { } f ? new[] { (f.Facet, f.Value) } : [];
        var lucene = Sample.Searcher.Search(SearchQuery.Parse(query, filters), 20);
        var client = new ClientSearch(site ?? Sample.Site);
        var (total, exact, hits) = client.Search(query, filter is { } g ? new Dictionary<string, string[]> { [g.Facet] = [g.Value] } : null);
        // A total the client could not count without reading every block is an upper bound, and says so.
        if (exact)
            Assert.Equal(lucene.Total, total);
        else
            Assert.True(total >= lucene.Total, $"{query}: estimated {total} below {lucene.Total}");
        Assert.True(exact || site is not null, $"{query}: the default export must count exactly on the sample");
        var top = hits.Take(20).ToList();
        Assert.Equal(lucene.Hits.Select(h => number(h.DocNumber)), top.Select(h => h.Doc));
        for (var i = 0; i < top.Count; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - top[i].Score) <= 1e-6, $"{query} #{i}: Lucene {lucene.Hits[i].Score:R}, client {top[i].Score:R}");
    }
}
