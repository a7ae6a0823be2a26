using Pages.Site;

namespace Pages.Search;

/// <summary>
/// The numbers the exported search index gives the articles: every printed page a run of
/// <see cref="PageRun"/> numbers (more, in whole runs, for a page with more articles), the rest of
/// the run left unused. Numbered one after another across the archive, one article more on the
/// oldest page (a correction splitting one) renumbered every later article, and every file of the
/// index that names one of them was written again (137,000 files at 5,000 pages). Within its run an
/// article's number comes from the line it starts on (hashed, the next free number on a clash,
/// articles taken in reading order), not from its place among the page's articles: numbered in
/// reading order, an article split in two renumbered every later article of its page, and each of
/// those rewrote a block of every term it holds (at 5,000 pages, a split touched 4,300 terms; with
/// numbers from lines, 1,400). Pages keep the archive's order, so sorting by number is sorting by date, page by
/// page.
/// </summary>
public sealed class SearchNumbers
{
    /// <summary>
    /// Numbers per page: more than the most articles a printed page of the sample has (the generated
    /// pages have up to 12). Every unused number costs the postings that pass over it: a document's
    /// number is coded as its gap from the one before, and runs of 32 for pages of about six articles
    /// made the index 6.5 % larger (the search-bytes benchmark's generated pages, 127.0 to 135.2 MB) and
    /// its worst query 19 KB larger; 16 cost about half that.
    /// </summary>
    public const int PageRun = 16;

    /// <summary>
    /// Numbers per display file (<see cref="Export.SearchExportOptions.DocsPerFile"/>) in an index
    /// numbered by page: a page's six or so articles spread over its 16 numbers, so four numbers a
    /// file hold one and a half records, about as two numbers a file did when articles were numbered
    /// one after another. Two numbers a file (with runs of 32) made a file of one record for nearly
    /// every article: 16,000 more files at 5,000 pages, which every rebuild lists, keeps and digests.
    /// </summary>
    public const int DisplayFile = 4;

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
            var size = Runs(page.Articles.Count) * PageRun;
            var taken = new bool[size];
            foreach (var article in page.Articles)
            {
                // Fibonacci hashing: the product's high bits (its low ones only repeat the line's). On
                // a clash the next try is an odd step further, the step from other bits (a run's
                // size is a power of two, so the tries go round every number): stepping by one made
                // runs of taken numbers, and an article added or removed moved every article that
                // had stepped past it.
                var hash = (uint)article.Tagged.Article.Span.FirstLine * 2654435761u;
                var (at, step) = ((int)((hash >> 16) % (uint)size), (int)(((hash >> 8) | 1) % (uint)size));
                while (taken[at])
                    at = (at + step) % size;
                taken[at] = true;
                numbers[article.Order] = next + at;
            }
            next += size;
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
