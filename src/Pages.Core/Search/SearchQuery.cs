using System.Collections.Immutable;

namespace Pages.Search;

/// <summary>
/// A parsed query: clauses that must all match (a term, or an exact phrase of terms at relative
/// positions), and facet filters. theme/assets/search/engine.js parses the same way.
/// </summary>
public sealed record SearchQuery(ImmutableArray<QueryClause> Clauses, ImmutableArray<(string Field, string Value)> Filters)
{
    public bool IsEmpty => Clauses.IsEmpty;

    /// <summary>
    /// Unquoted text: every token is required (its own clause, each term once). "Quoted" or
    /// “quoted” text: one exact phrase. Spaces between CJK characters do not matter (the tokenizer
    /// drops them), so 秸秆 禁烧 is 秸秆禁烧. A quote parts the text on either side of it, as it
    /// parts them in an article: 等方面“三个十条”措施 asks for 等方面, the phrase and 措施, never
    /// for 面措, which no article that holds the text has.
    /// </summary>
    public static SearchQuery Parse(string text, IEnumerable<(string Field, string Value)>? filters = null)
    {
        var clauses = new List<QueryClause>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (free, start, quoted) = (new List<string>(), 0, false);
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var c = end ? '\0' : text[i];
            if (!end && c is not ('"' or '“' or '”'))
                continue;
            var part = text[start..i];
            if (quoted)
                Add(QueryClause.Phrase(part));
            else
                free.Add(part);
            quoted = !quoted && !end;
            start = i + 1;
        }
        foreach (var part in free)
            foreach (var token in SearchTokenizer.QueryTokens(part))
                Add(new QueryClause([token.Term], [0]));
        return new SearchQuery([.. clauses], [.. filters ?? []]);

        void Add(QueryClause? clause)
        {
            if (clause is not null && seen.Add(clause.Key))
                clauses.Add(clause);
        }
    }
}

/// <summary>One required clause: a single term (one entry) or a phrase (terms at their relative positions).</summary>
public sealed record QueryClause(ImmutableArray<string> Terms, ImmutableArray<int> Positions)
{
    public bool IsPhrase => Terms.Length > 1;

    /// <summary>Identifies a clause so a repeated one is asked once.</summary>
    public string Key => string.Join(" ", Terms.Zip(Positions, (t, p) => $"{p}:{t}"));

    public static QueryClause? Phrase(string text)
    {
        var tokens = SearchTokenizer.QueryTokens(text);
        if (tokens.Count == 0)
            return null;
        var first = tokens[0].Position;
        return new QueryClause([.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - first)]);
    }
}
