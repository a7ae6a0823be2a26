namespace Pages.Site;

/// <summary>
/// Where everything lives in the output folder. Every address is a file path relative to the
/// site's root and names its file (…/index.html), so the site works from file://, from a USB stick
/// and under any sub-path, with no server to resolve folders to index pages.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Search = "search.html";
    public const string About = "about.html";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Feed = "feed.xml";

    /// <summary>
    /// The export of one month's printed pages (or the undated ones), as `pages split --json` writes
    /// them: a file a month (about 240 pages, 5 MB, for a daily of eight pages), so that a reader
    /// downloads what they want and a rebuild writes again only the months whose pages changed (one
    /// file of everything was 100 MB at 5,000 pages, written whole on every rebuild).
    /// </summary>
    public static string Data(string month) => $"data/{month}.json";

    /// <summary>The archivists' quality report: in the output, linked from no public page.</summary>
    public const string QualityReport = "quality-report.html";

    /// <summary>Whether a page is one of the quality report's (quality-report.html, quality-report-2.html…, quality-report-last.html).</summary>
    public static bool IsQualityReport(string path) =>
        path == QualityReport || (path.StartsWith("quality-report-", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal) && !path.Contains('/'));

    public const string Issues = "issues/index.html";
    public const string Townships = "townships/index.html";
    public const string Topics = "topics/index.html";
    public const string Authors = "authors/index.html";
    public const string Years = "years/index.html";
    public const string Zone = "townships/zone.html";
    public const string Assets = "assets/";

    public static string Issue(string slug) => $"issues/{slug}.html";

    /// <summary>A year's issues (or the undated ones): "year-" keeps it apart from issues' names (2014-01-01, undated).</summary>
    public static string IssuesOfYear(string slug) => $"issues/year-{slug}.html";

    public static string Page(string slug) => $"pages/{Shelf(slug)}/{slug}.html";

    public static string Article(string slug) => $"articles/{Shelf(slug)}/{slug}.html";

    /// <summary>
    /// The folder of a printed page's or an article's file: its month when its name begins with
    /// its date (2014-01-01-p1-03 → 2014-01), else one of 256 by a hash of its name. A FAT32 USB
    /// stick holds at most 65,536 entries in a folder, and these names take three each, so one
    /// folder of articles could not be copied from about 3,500 pages on (31,000 articles at 5,000).
    /// </summary>
    public static string Shelf(string slug) =>
        slug.Length >= 7 && char.IsAsciiDigit(slug[0]) && char.IsAsciiDigit(slug[1]) && char.IsAsciiDigit(slug[2]) && char.IsAsciiDigit(slug[3])
            && slug[4] == '-' && char.IsAsciiDigit(slug[5]) && char.IsAsciiDigit(slug[6])
            ? slug[..7]
            : (System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes(slug)) & 0xFF).ToString("x2", System.Globalization.CultureInfo.InvariantCulture);

    public static string Township(string slug) => $"townships/{slug}.html";

    public static string Village(string slug) => $"villages/{slug}.html";

    public static string Topic(string slug) => $"topics/{slug}.html";

    public static string Author(string slug) => $"authors/{slug}.html";

    public static string Year(string slug) => $"years/{slug}.html";

    /// <summary>The prefix that leads from a page at <paramref name="path"/> back to the site's root ("", "../").</summary>
    public static string RootFrom(string path) => string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
}
