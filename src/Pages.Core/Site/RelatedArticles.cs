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
        Parallel.For(0, articles.Count, () => new Candidates(), (i, _, candidates) =>
        {
            Find(articles[i], candidates);
            return candidates;
        }, _ => { });

    /// <summary>
    /// One thread's table of the candidates met and what each shares, keyed by their place in the
    /// archive (open addressing, grown as needed: an article meets at most 17 per facet). A
    /// rebuild finds every article's related articles, and a hash table keyed by article objects
    /// was most of that time; arrays as long as the archive were large objects, collected only
    /// with the oldest generation.
    /// </summary>
    sealed class Candidates
    {
        /// <summary>Per slot the order plus one of the candidate in it (0: empty), and what it shares.</summary>
        int[] orders = new int[32];
        int[] shared = new int[32];
        readonly List<int> used = new(64);

        public List<ArticleEntry> Met { get; } = new(64);

        public void Start()
        {
            foreach (var at in used)
                orders[at] = 0;
            used.Clear();
            Met.Clear();
        }

        /// <summary>The slot holding <paramref name="order"/>, or the empty one where it goes.</summary>
        int Slot(int order)
        {
            var mask = orders.Length - 1;
            var at = (int)((uint)(order * -1640531535) >> 8) & mask;
            while (orders[at] != 0 && orders[at] != order + 1)
                at = (at + 1) & mask;
            return at;
        }

        public void Add(ArticleEntry other, int weight)
        {
            if (Met.Count * 2 >= orders.Length)
                Grow();
            var at = Slot(other.Order);
            if (orders[at] == 0)
            {
                orders[at] = other.Order + 1;
                shared[at] = 0;
                used.Add(at);
                Met.Add(other);
            }
            shared[at] += weight;
        }

        public int Shared(ArticleEntry other) => shared[Slot(other.Order)];

        void Grow()
        {
            var kept = Met.Select(a => (a.Order, Shared(a))).ToList();
            (orders, shared) = (new int[orders.Length * 2], new int[orders.Length * 2]);
            used.Clear();
            foreach (var (order, n) in kept)
            {
                var at = Slot(order);
                (orders[at], shared[at]) = (order + 1, n);
                used.Add(at);
            }
        }
    }

    static void Find(ArticleEntry article, Candidates candidates)
    {
        candidates.Start();
        foreach (var facet in article.Townships)
            Offer(article, facet, 2, candidates);
        for (var i = 0; i < article.Topics.Count; i++)
            Offer(article, article.Topics[i], i == 0 ? 2 : 1, candidates);
        // Most shared first, then the nearest, then the earlier: a total order (no two articles
        // have the same place in the archive), so the result does not depend on the order met.
        // Sorted as one number per candidate rather than by a comparison that looked up what both
        // share at every step: what it shares inverted (6 bits), its distance (29 bits), after or
        // before (at one distance the one before is the earlier), and its place in the list met.
        var met = candidates.Met;
        var keys = new ulong[met.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var other = met[i];
            var distance = (ulong)Math.Abs(other.Order - article.Order);
            var after = other.Order > article.Order ? 1UL : 0UL;
            keys[i] = ((ulong)(63 - Math.Min(63, candidates.Shared(other))) << 58) | (distance << 29) | (after << 28) | (uint)i;
        }
        Array.Sort(keys);
        for (var i = 0; i < Math.Min(Count, keys.Length); i++)
            article.Related.Add(met[(int)(keys[i] & 0xFFFFFFF)]);
    }

    static void Offer(ArticleEntry article, FacetEntry facet, int weight, Candidates candidates)
    {
        var list = facet.Articles;
        var at = BinarySearch(list, article.Order);
        for (var i = Math.Max(0, at - Window); i < Math.Min(list.Count, at + Window + 1); i++)
        {
            var other = list[i];
            if (other != article)
                candidates.Add(other, weight);
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
