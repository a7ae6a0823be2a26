using Jint;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// A query term may be the name of a property every JavaScript object has ("constructor",
/// "toString" lower-cased): the client must treat it as any other word, not find it in its own
/// objects or in the index's buckets.
/// </summary>
public sealed class PropertyNameTermsTests() : MadeSiteTests("pages-names-")
{
    /// <summary>Twelve articles, the even ones naming "constructor", every third "toString".</summary>
    static List<SearchDocument> Articles() => Sample.WithBodies("n", Enumerable.Range(0, 12).Select(i =>
        "秸秆禁烧" + (i % 2 == 0 ? " constructor" : "") + (i % 3 == 0 ? " toString" : "") + string.Concat(Enumerable.Repeat("。工作", 1 + i))));

    [Theory]
    [InlineData("constructor", 6)]
    [InlineData("toString", 4)]
    [InlineData("constructor tostring", 2)]
    [InlineData("__proto__", 0)]
    [InlineData("hasOwnProperty", 0)]
    [InlineData("valueOf 秸秆", 0)]
    public void A_word_that_names_an_object_property_finds_what_lucene_finds(string query, int expected)
    {
        var docs = Articles();
        SearchExport.Write(docs, Site);
        var lucene = new ArchiveSearcher(docs).Search(SearchQuery.Parse(query), 20);

        var (total, _, hits) = new ClientSearch(Site).Search(query, top: 20);

        Assert.Equal(expected, lucene.Total);
        Assert.Equal(lucene.Total, total);
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Select(h => h.Doc));
    }

    [Fact]
    public void An_excerpt_marks_no_word_for_naming_an_object_property()
    {
        var js = Sample.Client();
        js.Execute("var e = new PagesSearch.Engine({ v: PagesSearch.FORMAT_VERSION, n: 1, k1: 1.2, b: 0.75, fields: [], facets: [], docsPerFile: 2, segments: [] });");
        var parts = js.Evaluate("JSON.stringify(PagesSearch.excerpt('constructor 秸秆', e.parse('秸秆')))").AsString();

        Assert.Contains("{\"text\":\"秸秆\",\"hit\":true}", parts, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"text\":\"constructor\",\"hit\":true}", parts, StringComparison.Ordinal);
        Assert.False(js.Evaluate("PagesSearch.holdsAll('秸秆', ['constructor'])").AsBoolean());
    }
}
