namespace Pages.Site;

/// <summary>
/// Finds each article's related articles: others of the same township or topic. Scoring every pair
/// would cost the square of the archive; instead each facet's list (in archive order) offers the
/// articles nearest in time, and the candidates are ranked by what they share: a township counts
/// 2, the primary topic 2, another topic 1, nearness in the archive breaks ties. Articles are
/// independent of each other here, so they are done in parallel, each thread with its own table.
/// </summary>
internal static class RelatedArticles
{
    /// <summary>How many related articles an article shows.</summary>
    const int Count = 5;

    /// <summary>How many neighbours on each side of an article each of its facets offers.</summary>
    const int Window = 8;

    public static void Find(IReadOnlyList<ArticleEntry> articles) =>
        Parallel.For(0, articles.Count, () => new Dictionary<ArticleEntry, int>(64), (i, _, candidates) =>
        {
            Find(articles[i], candidates);
            return candidates;
        }, _ => { });

    static void Find(ArticleEntry article, Dictionary<ArticleEntry, int> candidates)
    {
        candidates.Clear();
        foreach (var facet in article.Townships)
            Offer(article, facet, 2, candidates);
        for (var i = 0; i < article.Topics.Count; i++)
            Offer(article, article.Topics[i], i == 0 ? 2 : 1, candidates);
        var ranked = candidates.ToArray();
        // Most shared first, then the nearest, then the earlier: a total order (no two articles
        // have the same place in the archive), so the result does not depend on the table's order.
        Array.Sort(ranked, (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value)
            : Math.Abs(a.Key.Order - article.Order) != Math.Abs(b.Key.Order - article.Order) ? Math.Abs(a.Key.Order - article.Order).CompareTo(Math.Abs(b.Key.Order - article.Order))
            : a.Key.Order.CompareTo(b.Key.Order));
        for (var i = 0; i < Math.Min(Count, ranked.Length); i++)
            article.Related.Add(ranked[i].Key);
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
