using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pages.Search;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into the Lucene query the browser client reproduces: a
/// BooleanQuery with one MUST clause per query clause, each a BooleanQuery of SHOULD clauses, one
/// per searchable field, boosted by the field's weight. Filters are a Lucene filter, which
/// selects documents without touching their scores.
/// </summary>
public static class LuceneQueries
{
    public static Query For(SearchQuery query)
    {
        var all = new BooleanQuery();
        foreach (var clause in query.Clauses)
        {
            var fields = new BooleanQuery();
            foreach (var (field, weight) in SearchFields.Weighted)
                fields.Add(FieldQuery(clause, field, weight), Occur.SHOULD);
            all.Add(fields, Occur.MUST);
        }
        return all;
    }

    static Query FieldQuery(QueryClause clause, string field, float weight)
    {
        if (!clause.IsPhrase)
            return new TermQuery(new Term(field, clause.Terms[0])) { Boost = weight };
        var phrase = new PhraseQuery { Boost = weight };
        for (var i = 0; i < clause.Terms.Length; i++)
            phrase.Add(new Term(field, clause.Terms[i]), clause.Positions[i]);
        return phrase;
    }

    /// <summary>Every filter on a different facet must hold; several values of one facet are alternatives.</summary>
    public static Filter? Filter(SearchQuery query)
    {
        if (query.Filters.IsEmpty)
            return null;
        var all = new BooleanQuery();
        foreach (var group in query.Filters.GroupBy(f => f.Field))
        {
            var any = new BooleanQuery();
            foreach (var (field, value) in group)
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            all.Add(any, Occur.MUST);
        }
        return new QueryWrapperFilter(all);
    }
}
