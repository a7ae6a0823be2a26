using Jint;
using Pages.Archive;
using Pages.Config;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>The sample archive, its search documents, its exported index and a Lucene searcher, made once for all tests.</summary>
internal static class Sample
{
    static readonly Lazy<(List<SearchDocument> Docs, string Site, ArchiveSearcher Searcher)> Made = new(Make);

    public static string RepoRoot { get; } = FindRoot();

    public static List<SearchDocument> Docs => Made.Value.Docs;

    public static string Site => Made.Value.Site;

    public static ArchiveSearcher Searcher => Made.Value.Searcher;

    /// <summary>
    /// The sample exported in blocks of two to four postings, every term in files of its own, and
    /// three display records a file, so the client's early stopping, phrase bounds, block loading and
    /// display lookups are exercised on a small archive (with the default blocks every sample term
    /// fits in one block).
    /// </summary>
    public static string SmallBlocksSite => SmallBlocks.Value;

    static readonly Lazy<string> SmallBlocks = new(() =>
    {
        var site = TempSite("small-blocks");
        SearchExport.Write(Docs, site, new SearchExportOptions(FirstBlock: 2, MaxBlock: 4, OwnFileChars: 0, BucketChars: 256, DocsPerFile: 3, MapPart: 8, PiecePositions: 8, PositionBucketChars: 256, InlineBucketChars: 256,
            SegmentDocs: 24));
        return site;
    });

    /// <summary>
    /// How <see cref="PagedSite"/> numbers the sample: as the build does (<see cref="SearchNumbers"/>),
    /// each of pages of one to four articles a run of four numbers, the unused ones left out.
    /// </summary>
    public static SearchNumbers PagedNumbers => Paged.Value.Numbers;

    /// <summary>The sample with <see cref="PagedNumbers"/> in small blocks (as <see cref="SmallBlocksSite"/>), in two segments.</summary>
    public static string PagedSite => Paged.Value.Site;

    /// <summary>The options <see cref="PagedSite"/> is exported with.</summary>
    public static SearchExportOptions PagedOptions { get; } = new(FirstBlock: 2, MaxBlock: 4, OwnFileChars: 0, BucketChars: 256, DocsPerFile: 3, MapPart: 8,
        PiecePositions: 8, PositionBucketChars: 256, InlineBucketChars: 256, SegmentDocs: 24, PageRun: 4);

    static readonly Lazy<(SearchNumbers Numbers, string Site)> Paged = new(() =>
    {
        var numbers = PagesOf(Docs.Count);
        var site = TempSite("paged");
        SearchExport.Write(numbers.Spread(Docs), site, PagedOptions);
        return (numbers, site);
    });

    /// <summary>Numbers for <paramref name="count"/> documents on pages of 3, 2, 4, 3, 1 … articles (in turn), a run of four numbers a page.</summary>
    public static SearchNumbers PagesOf(int count, params int[] sizes)
    {
        sizes = sizes.Length > 0 ? sizes : [3, 2, 4, 3, 1, 3, 2, 4];
        var (numbers, page, start) = (new int[count], 0, 0);
        for (var d = 0; d < count; page++, start += 4)
            for (var i = 0; i < sizes[page % sizes.Length] && d < count; i++)
                numbers[d++] = start + i;
        return SearchNumbers.Given(numbers, start);
    }

    static (List<SearchDocument>, string, ArchiveSearcher) Make()
    {
        var input = Path.Combine(RepoRoot, "input");
        var archive = ArchiveLoader.Load([input], ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName)));
        var docs = SearchDocuments.From(archive);
        var site = TempSite("default");
        SearchExport.Write(docs, site);
        return (docs, site, new ArchiveSearcher(docs));
    }

    /// <summary>A folder for a site shared by all tests, inside this run's temporary folder.</summary>
    static string TempSite(string name) => Directory.CreateDirectory(Path.Combine(TempRoot.Value, name)).FullName;

    /// <summary>
    /// This run's temporary folder, deleted when the run ends. The test host does not wait long
    /// for that, so a run also clears what earlier runs left (folders over an hour old: another
    /// run may be going on beside this one).
    /// </summary>
    static readonly Lazy<string> TempRoot = new(() =>
    {
        foreach (var old in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(TempPrefix + "*"))
            if (old.CreationTimeUtc < DateTime.UtcNow.AddHours(-1))
                TryDelete(old.FullName);
        var root = Directory.CreateTempSubdirectory(TempPrefix).FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    const string TempPrefix = "pages-search-tests-";

    static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Articles like the sample's first, numbered in order ({prefix}0, {prefix}1 …), with these bodies
    /// and nothing else searchable: what the tests that need a made archive search.
    /// </summary>
    public static List<SearchDocument> WithBodies(string prefix, IEnumerable<string> bodies) =>
        [.. bodies.Select((body, i) => Docs[0] with
        {
            Id = $"{prefix}{i}", Url = $"articles/{prefix}{i}.html", Order = i, Title = "会议", Kicker = "", Subtitle = "", Byline = "", Body = body,
        })];

    /// <summary>A Jint engine with the client's pure scripts loaded, and the exported start-up file registered.</summary>
    public static Engine Client(string? site = null)
    {
        var js = new Engine();
        foreach (var script in new[] { "tokenize.js", "bm25.js", "engine.js", "ui.js" })
            js.Execute(File.ReadAllText(Path.Combine(RepoRoot, "theme", "assets", "search", script)), script);
        if (site is not null)
            LoadKey(js, site, SearchShards.Startup);
        return js;
    }

    public static void LoadKey(Engine js, string site, string key) =>
        js.Execute(File.ReadAllText(Path.Combine(site, SearchShards.File(key))), key);

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pages.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pages.sln not found");
    }
}
