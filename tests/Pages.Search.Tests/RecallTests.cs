namespace Pages.Search.Tests;

/// <summary>Every article whose text contains the query string is found, by Lucene and by the client.</summary>
public class RecallTests
{
    public static TheoryData<string> PlainQueries() => [.. Queries.Plain.Where(q => !q.Contains(' ', StringComparison.Ordinal))];

    /// <summary>The text a field is matched on: folded, whitespace between CJK dropped (the tokenizer's rules), as a token string.</summary>
    static string Normalised(string text) => string.Concat(SearchTokenizer.Tokenize(text)
        .Where(t => t.Kind != TokenKind.Bigram).Select(t => t.Kind == TokenKind.Word ? $" {t.Term} " : t.Term));

    [Theory]
    [MemberData(nameof(PlainQueries))]
    public void Every_article_containing_the_query_is_found(string query)
    {
        var bare = query.Trim('"', '“', '”');
        var needle = Normalised(bare);
        var expected = Sample.Docs.Select((d, i) => (d, i))
            .Where(x => SearchFields.Weighted.Any(f => Normalised(x.d.Field(f.Name)).Contains(needle, StringComparison.Ordinal)))
            .Select(x => x.i).ToHashSet();
        var lucene = Sample.Searcher.Search(SearchQuery.Parse(query), Sample.Docs.Count);
        var client = new ClientSearch(Sample.Site).Search(query, top: null);
        Assert.Subset(lucene.Hits.Select(h => h.DocNumber).ToHashSet(), expected);
        Assert.Subset(client.Hits.Select(h => h.Doc).ToHashSet(), expected);
        // And the other way: nothing containing the query is missed, by either side.
        Assert.Subset(expected, lucene.Hits.Select(h => h.DocNumber).ToHashSet());
        Assert.Subset(expected, client.Hits.Select(h => h.Doc).ToHashSet());
    }
}
