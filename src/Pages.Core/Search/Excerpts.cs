namespace Pages.Search;

/// <summary>A piece of an excerpt: text, and whether it matched the query.</summary>
public readonly record struct ExcerptPart(string Text, bool Hit);

/// <summary>
/// A highlighted excerpt around the best window of a text: the window of about
/// <see cref="Length"/> characters holding the most distinct query terms, then the most hits.
/// theme/assets/search/ui.js picks the window the same way. Lucene.Net.Highlighter cannot be
/// restored here, and the matched spans come straight from <see cref="SearchTokenizer"/> anyway.
/// </summary>
public static class Excerpts
{
    public const int Length = 80;

    public static List<ExcerptPart> Make(string text, SearchQuery query, int length = Length)
    {
        var wanted = new HashSet<string>(query.Clauses.SelectMany(c => c.Terms), StringComparer.Ordinal);
        var hits = SearchTokenizer.Tokenize(text).Where(t => wanted.Contains(t.Term)).OrderBy(t => t.Start).ToList();
        var (bestStart, bestScore) = (0, (-1, -1));
        for (var i = 0; i < hits.Count; i++)
        {
            var inWindow = hits.Skip(i).TakeWhile(h => h.End <= hits[i].Start + length).ToList();
            var score = (inWindow.Select(h => h.Term).Distinct().Count(), inWindow.Count);
            if (score.CompareTo(bestScore) > 0)
                (bestStart, bestScore) = (hits[i].Start, score);
        }
        // Start a little before the first hit, so it is read in context.
        var from = Math.Max(0, bestStart - (hits.Count > 0 ? 10 : 0));
        var to = Math.Min(text.Length, from + length);
        var marks = new bool[text.Length];
        foreach (var h in hits)
            for (var k = h.Start; k < h.End; k++)
                marks[k] = true;
        var parts = new List<ExcerptPart>();
        if (from > 0)
            parts.Add(new ExcerptPart("…", false));
        var run = from;
        for (var k = from + 1; k <= to; k++)
        {
            if (k == to || marks[k] != marks[run])
            {
                parts.Add(new ExcerptPart(text[run..k].Replace('\n', ' '), marks[run]));
                run = k;
            }
        }
        if (to < text.Length)
            parts.Add(new ExcerptPart("…", false));
        return parts;
    }
}
