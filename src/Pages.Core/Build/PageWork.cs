using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pages.Archive;
using Pages.Cache;
using Pages.Corrections;
using Pages.Model;
using Pages.Quality;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Build;

/// <summary>
/// One page on its way through the read, split and tag stages. A page found in the build cache
/// arrives with its result (<see cref="Cached"/>) and passes the split and tag stages untouched.
/// </summary>
internal sealed class PageWork(PageSource source, string? key)
{
    public PageSource Source { get; } = source;

    /// <summary>The page's cache key; null when it cannot be cached.</summary>
    public string? Key { get; } = key;

    public CachedPage? Cached { get; init; }

    public PageMeta Meta { get; set; } = PageMeta.Unknown;

    public ImmutableArray<Correction> Corrections { get; set; } = [];

    /// <summary>Problems met with this page after reading its text (metadata, corrections, splitting).</summary>
    public List<Problem> Problems { get; } = [];

    public SplitPage? Split { get; set; }

    public IReadOnlyDictionary<int, IReadOnlyList<Correction>> Applied { get; set; } = new Dictionary<int, IReadOnlyList<Correction>>();

    public LoadedPage? Loaded { get; set; }

    /// <summary>
    /// Reads a page, taking its result from the cache when its files are unchanged: when they look
    /// as they did when it was last read (<paramref name="stamps"/>), without reading them.
    /// </summary>
    /// <param name="listing">The files as the search for pages found them, for the stamps (null: each file is asked about).</param>
    public static PageWork? Read(string file, PageCache? cache, PageStamps? stamps, string configHash, ConcurrentBag<Problem> problems,
        FileListing? listing = null)
    {
        // Looked at before reading: a file written after the look then differs from its stamp.
        var look = stamps is null ? default : PageStamps.Look.Of(file, listing);
        if (stamps?.Find(file, look) is { } stamp && cache!.TryGet(stamp.Key) is { } known)
            return FromCache(stamps.Deferred(file, stamp), stamp.Key, known, problems);
        // The text is read once: its bytes make the page's key and are then decoded.
        var bytes = PageReader.ReadBytes(file, out var problem);
        var source = bytes is null ? null : PageReader.Decode(file, bytes, out problem);
        if (problem is not null)
            problems.Add(problem);
        if (source is null)
            return null;
        var key = cache is null ? null : PageCache.Key(file, bytes!, configHash);
        // A page with a problem reading it is read every time, so the problem is said every time.
        if (key is not null && problem is null)
            stamps?.Record(file, look, key, bytes);
        var cached = key is null ? null : cache!.TryGet(key);
        if (cached is not null)
            return FromCache(source, key!, cached, problems);
        var work = new PageWork(source, key);
        work.Meta = PageMetaReader.Read(file, out var metaProblem);
        if (metaProblem is not null)
            work.Problems.Add(metaProblem);
        work.Corrections = ArchiveLoader.ReadCorrections(file, work.Problems);
        return work;
    }

    static PageWork FromCache(PageSource source, string key, CachedPage cached, ConcurrentBag<Problem> problems)
    {
        foreach (var p in cached.Problems)
            problems.Add(SpelledAsGiven(p, source.File));
        return new PageWork(source, key) { Cached = cached, Meta = cached.Meta };
    }

    /// <summary>
    /// A cached problem of the page's own files (its text, metadata and corrections, side by side)
    /// named as this build names the page: the build that cached it may have been given the folder
    /// another way (relative, or a full path), and the key is the same either way.
    /// </summary>
    static Problem SpelledAsGiven(Problem problem, string pageFile)
    {
        if (problem.File.Length == 0 || problem.File.Contains('\0') || problem.File == pageFile)
            return problem;
        var folder = Path.GetDirectoryName(pageFile) ?? "";
        var sameFolder = Path.GetDirectoryName(Path.GetFullPath(problem.File)) == Path.GetFullPath(folder.Length == 0 ? "." : folder);
        return sameFolder ? problem with { File = Path.Combine(folder, Path.GetFileName(problem.File)) } : problem;
    }

    public void RunSplit(SplitterOptions options)
    {
        if (Cached is not null)
            return;
        (Split, Applied) = ArchiveLoader.Split(Source, Corrections, options, Problems);
    }

    /// <summary>
    /// Tags and checks the page (or takes both from the cache), stores a new result in the cache,
    /// and hands its problems on.
    /// </summary>
    public LoadedPage RunTag(ArticleTagger tagger, Func<LoadedPage, PageFindings> check, PageCache? cache, ConcurrentBag<Problem> problems)
    {
        if (Cached is not null)
            return Loaded = Cached.ToLoaded(Source) with { Key = Key };
        Loaded = ArchiveLoader.Tag(Source, Meta, Split!, Applied, tagger);
        Loaded = Loaded with { Checked = check(Loaded), Key = Key };
        if (cache is not null && Key is not null)
            cache.Put(Key, CachedPage.From(Loaded, Problems));
        Problems.ForEach(problems.Add);
        return Loaded;
    }
}
