using Pages.Cache;
using Pages.Search;
using Pages.Search.Export;
using Pages.Site;

namespace Pages.Build;

/// <summary>
/// The build's index stage: the static search index (search/). The index is a function of the
/// archive's pages and the configuration, so when every page has the same cache key as in the
/// published site's build (only the theme changed, or nothing did), its files are kept as they
/// are instead of exported again.
/// </summary>
internal static class SearchStage
{
    const string InputsFile = "search-inputs.txt";

    /// <summary>Exports or keeps the index; returns the number of its files.</summary>
    public static int Run(SiteModel site, IEnumerable<string?> pageKeys, string configHash, BuildCache? cache, StagingFolder staging)
    {
        var inputs = Inputs(pageKeys, configHash);
        var file = cache is null ? null : Path.Combine(cache.Root, InputsFile);
        var kept = staging.IsUpdate && inputs is not null && file is not null && File.Exists(file) && File.ReadAllText(file) == inputs
            ? staging.PublishedFiles.Keys.Where(p => p.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal)).ToList()
            : null;
        if (kept is not null && kept.TrueForAll(staging.CanKeep))
        {
            kept.ForEach(staging.Keep);
            return kept.Count;
        }
        if (file is not null && File.Exists(file))
            File.Delete(file);
        var stats = SearchExport.Write(SearchDocuments.From(site), staging.WriteBytes);
        staging.AfterPublish(() =>
        {
            if (file is not null && inputs is not null)
                AtomicFile.WriteAllText(file, inputs);
        });
        return stats.Files;
    }

    /// <summary>A hash of every page's cache key in archive order and the configuration; null when a page has no key.</summary>
    static string? Inputs(IEnumerable<string?> pageKeys, string configHash)
    {
        using var hash = new ContentHash();
        hash.Add(BuildCache.PagesVersion).Add(configHash);
        foreach (var key in pageKeys)
        {
            if (key is null)
                return null;
            hash.Add(key);
        }
        return hash.Hex();
    }
}
