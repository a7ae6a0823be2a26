using Jint;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// A phrase read through only some of its bigrams (engine.js, <c>phraseTermsRead</c>): the client
/// still matches exactly what Lucene's phrase query matches, on bodies made to tell a wrong choice of
/// bigrams apart.
/// </summary>
public sealed class PhraseTests() : MadeSiteTests("pages-phrase-")
{
    /// <summary>Articles like the sample's first, with these bodies and nothing else searchable.</summary>
    static List<SearchDocument> Docs(params string[] bodies) => Sample.WithBodies("p", bodies);

    [Fact]
    public void A_phrase_read_through_some_of_its_bigrams_matches_what_Lucene_matches()
    {
        var docs = Docs(
            "会议由示范区党工委召开。",          // the phrase
            "会议由示范区某工委召开。",          // its first and last bigrams where they would be, another between
            "示范区党委工委召开会议。",          // its bigrams, not in a row
            "会议由示范区\n党工委召开。",        // a column line break inside it: joined
            "会议由示范区，党工委召开。",        // punctuation inside it: not the phrase
            "示范区党工委示范区党工委。示范区。"); // twice
        SearchExport.Write(docs, Site);
        var lucene = new ArchiveSearcher(docs).Search(SearchQuery.Parse("\"示范区党工委\""), 20);
        var client = new ClientSearch(Site);
        var (total, exact, hits) = client.Search("\"示范区党工委\"");

        Assert.Equal(["p0", "p3", "p5"], lucene.Hits.Select(h => h.Document.Id).Order(StringComparer.Ordinal));
        Assert.True(exact);
        Assert.Equal(lucene.Total, total);
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Select(h => h.Doc));
        for (var i = 0; i < hits.Count; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - hits[i].Score) <= 1e-6);
    }

    [Theory]
    [InlineData("\"示范区党工委\"", 3)]   // five bigrams in a row: the first, the last, and one between
    [InlineData("\"秸秆禁烧\"", 2)]       // three: the first and the last
    [InlineData("\"禁烧\"", 1)]
    [InlineData("\"示范区 5g 基站\"", 4)] // a word breaks the chain: 示范 范区, 5g, 基站
    public void A_chain_of_bigrams_is_read_through_its_ends_and_no_two_neighbours_left_out(string query, int read)
    {
        SearchExport.Write(Docs("示范区党工委秸秆禁烧，示范区5g基站。"), Site);
        var client = new ClientSearch(Site);
        client.Search(query);
        var js = Sample.Client(Site);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        foreach (var key in client.Loaded)
            Sample.LoadKey(js, Site, key);
        js.SetValue("__q", query);
        js.Execute("engine.run(engine.parse(__q, {}), 20);");
        Assert.Equal(read, (int)js.Evaluate("Object.keys(engine.lists).length").AsNumber());
    }
}
