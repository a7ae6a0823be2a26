using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// Results that tie: Lucene puts the lower document number first, and the client, which settles a
/// document whose bound only equals the k-th score by its number (engine.js, <c>mayEnter</c>),
/// must keep a lower-numbered document it has not finished reading.
/// </summary>
public sealed class TieTests() : MadeSiteTests("pages-tie-")
{
    [Theory]
    [InlineData("alpha beta", 1)]
    [InlineData("alpha beta", 3)]
    [InlineData("alpha beta", 7)]
    [InlineData("\"alpha beta\"", 3)]
    public void Tied_results_come_in_document_order_as_in_Lucene(string query, int top)
    {
        // Every article scores the same, but the first half has beta twice and the second alpha
        // twice, so each term's best blocks hold the other's worst documents: the first results
        // read whole include later articles while earlier ones, which tie with them, are half read.
        var docs = Sample.WithBodies("t", Enumerable.Range(0, 40).Select(i => i < 20 ? "alpha beta beta" : "alpha alpha beta"));
        SearchExport.Write(docs, Site, new SearchExportOptions(FirstBlock: 2, MaxBlock: 4, OwnFileChars: 0));
        var lucene = new ArchiveSearcher(docs).Search(SearchQuery.Parse(query), top);
        var (_, _, hits) = new ClientSearch(Site).Search(query, top: top);

        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Take(top).Select(h => h.Doc));
        for (var i = 0; i < top; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - hits[i].Score) <= 1e-6);
    }
}
