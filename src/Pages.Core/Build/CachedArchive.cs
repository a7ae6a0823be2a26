using System.Collections.Concurrent;
using Pages.Archive;
using Pages.Cache;
using Pages.Config;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Build;

/// <summary>
/// Loads an archive as <see cref="ArchiveLoader"/> does, but through the build cache: a page whose
/// files are unchanged since a build (or an earlier run) is not split and tagged again. For the
/// commands that read the whole archive outside a build (`pages search`).
/// </summary>
public static class CachedArchive
{
    public static LoadedArchive Load(IEnumerable<string> paths, SiteConfig config, BuildCache cache)
    {
        var problems = new ConcurrentBag<Model.Problem>();
        var found = new List<Model.Problem>();
        var listing = new FileListing();
        var files = PageFiles.Find(paths, found, listing);
        found.ForEach(problems.Add);
        var configHash = ConfigHash(config);
        // Read, not saved: a build (which holds the output's lock) keeps the stamps.
        var stamps = PageStamps.Load(cache.Root, configHash);
        var (splitter, tagger, check) = (SplitterOptions.From(config), new ArticleTagger(config), Quality.QualityReport.PageChecker(config));
        var pages = new LoadedPage?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var work = PageWork.Read(files[i], cache.Pages, stamps, configHash, problems, listing);
            work?.RunSplit(splitter);
            pages[i] = work?.RunTag(tagger, check, cache.Pages, problems);
        });
        return new LoadedArchive(config, [.. pages.OfType<LoadedPage>()],
            [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0)]);
    }

    /// <summary>The configuration's hash, part of every page's cache key (it decides the masthead, places and topics).</summary>
    public static string ConfigHash(SiteConfig config) =>
        ContentHash.Of(System.Text.Json.JsonSerializer.Serialize(config, CacheJson.Options));
}
