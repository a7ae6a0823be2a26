using Pages.Site;

namespace Pages.Search;

/// <summary>
/// The numbers the exported search index gives the articles: every printed page a run of
/// <see cref="PageRun"/> numbers (more, in whole runs, for a page with more articles), its articles
/// numbered in reading order from the run's first, the rest of the run left unused. A correction
/// that splits or merges articles on a page then renumbers that page's articles alone: numbered one
/// after another across the archive, one article more on the oldest page renumbered every later
/// article, and every file of the index that names one of them was written again (137,000 files at
/// 5,000 pages). Numbers keep the archive's order, so sorting by number is sorting by date and
/// Lucene's ties (broken by document order) break the same way.
/// </summary>
public sealed class SearchNumbers
{
    /// <summary>Numbers per page: about twice the most articles a printed page of the sample has (the generated pages have up to 12).</summary>
    public const int PageRun = 16;

    readonly int[] ofArticle;

    SearchNumbers(int[] ofArticle, int count) => (this.ofArticle, Count) = (ofArticle, count);

    /// <summary>How many numbers in all, the unused ones counted.</summary>
    public int Count { get; }

    /// <summary>The number of the article at <paramref name="order"/> in the archive.</summary>
    public int Of(int order) => ofArticle[order];

    /// <summary>Numbers for the site's articles, page by page in archive order; a page without articles keeps its run too.</summary>
    public static SearchNumbers Of(SiteModel site)
    {
        var numbers = new int[site.Articles.Count];
        var next = 0;
        foreach (var page in site.Pages)
        {
            for (var i = 0; i < page.Articles.Count; i++)
                numbers[page.Articles[i].Order] = next + i;
            next += Runs(page.Articles.Count) * PageRun;
        }
        return new SearchNumbers(numbers, next);
    }

    /// <summary>Numbers one after another, with no room: what an archive of documents and no pages (the tests') is numbered by.</summary>
    public static SearchNumbers Dense(int articles) => new([.. Enumerable.Range(0, articles)], articles);

    /// <summary>Numbers as given (tests: an index with room in it, from any list).</summary>
    public static SearchNumbers Given(int[] numbers, int count) => new(numbers, count);

    static int Runs(int articles) => Math.Max(1, (articles + PageRun - 1) / PageRun);

    /// <summary>The items (one per article, in archive order) at their numbers; null at a number no article has.</summary>
    public T?[] Spread<T>(IReadOnlyList<T?> byArticle) where T : class
    {
        var spread = new T?[Count];
        for (var i = 0; i < byArticle.Count; i++)
            spread[ofArticle[i]] = byArticle[i];
        return spread;
    }
}
