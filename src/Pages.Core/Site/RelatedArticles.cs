namespace Pages.Site;

/// <summary>
/// Finds each article's related articles: others of the same township or topic. Scoring every pair
/// would cost the square of the archive; instead each facet's list (in archive order) offers the
/// articles nearest in time, and the candidates are ranked by what they share: a township counts
/// 2, the primary topic 2, another topic 1, nearness in the archive breaks ties.
/// </summary>
internal static class RelatedArticles
{
    /// <summary>How many related articles an article shows.</summary>
    const int Count = 5;

    /// <summary>How many neighbours on each side of an article each of its facets offers.</summary>
    const int Window = 8;

    public static void Find(IReadOnlyList<ArticleEntry> articles)
    {
        foreach (var article in articles)
        {
            var candidates = new Dictionary<ArticleEntry, int>();
            foreach (var facet in article.Townships)
                Offer(article, facet, 2, candidates);
            for (var i = 0; i < article.Topics.Count; i++)
                Offer(article, article.Topics[i], i == 0 ? 2 : 1, candidates);
            article.Related.AddRange(candidates
                .OrderByDescending(c => c.Value)
                .ThenBy(c => Math.Abs(c.Key.Order - article.Order))
                .ThenBy(c => c.Key.Order)
                .Take(Count)
                .Select(c => c.Key));
        }
    }

    static void Offer(ArticleEntry article, FacetEntry facet, int weight, Dictionary<ArticleEntry, int> candidates)
    {
        var list = facet.Articles;
        var at = BinarySearch(list, article.Order);
        for (var i = Math.Max(0, at - Window); i < Math.Min(list.Count, at + Window + 1); i++)
        {
            var other = list[i];
            if (other != article)
                candidates[other] = candidates.GetValueOrDefault(other) + weight;
        }
    }

    static int BinarySearch(List<ArticleEntry> list, int order)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Order < order)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
