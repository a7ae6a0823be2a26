using Pages.Search.Export;
using Pages.Site;

namespace Pages.Build;

/// <summary>
/// What the index stage needs of the published search index that does not depend on the new
/// archive: its files, whether they are all still in the output, and the build cache's saved
/// states that describe them (<see cref="ExportCache"/>). Looked at while the site is organized,
/// which leaves a core free: at 5,000 pages it is a quarter of a second of one thread (a hundred
/// and forty thousand files listed, their digests made, the states read) that an edit's rebuild
/// otherwise waited for after the organizing.
/// </summary>
/// <param name="Files">The published files under search/ (paths relative to the site).</param>
/// <param name="Keepable">Whether there are some, and every one is still in the output.</param>
/// <param name="Cache">The search export's part of the build cache, when there is a cache.</param>
/// <param name="States">The saved states that describe their segments' published files.</param>
/// <param name="Keys">The files' keys (<see cref="SearchShards.Key"/>) when there are such states.</param>
internal sealed record PublishedSearch(List<string> Files, bool Keepable, ExportCache? Cache, List<ExportState> States, string[] Keys)
{
    public static PublishedSearch Look(StagingFolder staging, string? cacheRoot)
    {
        var files = staging.PublishedFiles.Keys.Where(p => p.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal)).ToList();
        // The output is listed once for all stages (the staging folder's list).
        var keepable = files.Count > 0 && files.TrueForAll(staging.IsInOutput);
        var cache = cacheRoot is null ? null : new ExportCache(cacheRoot);
        var states = keepable && cache is not null ? Described(cache.Load(), staging.PublishedFiles) : [];
        return new PublishedSearch(files, keepable, cache, states, states.Count > 0 ? [.. files.Select(SearchShards.Key)] : []);
    }

    /// <summary>A segment's state counts only when it describes the segment's published files.</summary>
    static List<ExportState> Described(IEnumerable<ExportState> saved, IReadOnlyDictionary<string, string> published)
    {
        var digests = ExportCache.Digests(published);
        return [.. saved.Where(s => s.Published == (digests.GetValueOrDefault(s.Key) ?? ExportCache.NoFiles))];
    }
}
