using Pages.Search;
using Pages.Search.Export;
using Pages.Site;

namespace Pages.Build;

/// <summary>
/// The build's index stage: the static search index (search/). The index is a function of the
/// archive alone, so when the archive is the one the published site was built from (only the
/// theme changed), its files are kept as they are. When some articles changed and the build cache
/// has the state of the published index, only the terms of the changed articles are written again
/// (<see cref="SearchUpdate"/>); otherwise the whole index is exported. The changed articles are
/// found by their documents' hashes, an unchanged article's taken from the state by what its
/// document is made from (<see cref="SearchDocuments.SourceKey"/>), so only changed bodies are read.
/// </summary>
internal static class SearchStage
{
    /// <summary>Exports, updates or keeps the index; returns the number of its files.</summary>
    public static int Run(SiteModel site, bool archiveUnchanged, StagingFolder staging, string? cacheRoot)
    {
        var published = staging.PublishedFiles.Keys.Where(p => p.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal)).ToList();
        var keepable = published.Count > 0 && AllThere(staging, published);
        if (archiveUnchanged && keepable)
        {
            published.ForEach(staging.Keep);
            return published.Count;
        }
        var sources = SearchDocuments.SourceKeys(site);
        var docs = new Lazy<List<SearchDocument>>(() => SearchDocuments.From(site));
        var cache = cacheRoot is null ? null : new ExportCache(cacheRoot);
        var state = keepable ? cache?.Load() : null;
        if (cache is not null && state is not null && state.Published == ExportCache.Digest(staging.PublishedFiles))
        {
            if (SameDocuments(site, sources, state))
            {
                // What the articles are made of changed (a page's furniture, its file saved again),
                // not the articles: the index is the same.
                published.ForEach(staging.Keep);
                if (!sources.SequenceEqual(state.Sources))
                    cache.Save(state with { Sources = sources });
                return published.Count;
            }
            if (SearchUpdate.Run(docs.Value, Published(staging, published, state, cache), hashes: state.HashesOf(docs.Value, sources)) is var (stats, updated))
            {
                cache.Save(updated with { Published = ExportCache.Digest(staging.Files), Sources = sources }, docs.Value,
                    SearchUpdate.Changed(state.Hashes, updated.Hashes));
                return stats.Files;
            }
        }
        cache?.Forget();
        var (whole, exported) = SearchExport.Export(docs.Value, staging.WriteBytes);
        cache?.Save(exported with { Published = ExportCache.Digest(staging.Files), Sources = sources }, docs.Value, null);
        return whole.Files;
    }

    static PublishedIndex Published(StagingFolder staging, List<string> files, ExportState state, ExportCache cache)
    {
        var prefix = SearchShards.Folder + "/";
        return new PublishedIndex(
            state,
            [.. files.Select(f => f[prefix.Length..^".js".Length])],
            // Trusted as the manifest describes them, as kept pages are: a file that cannot be read
            // or parsed makes the update give way to a whole export.
            key =>
            {
                try
                {
                    return File.ReadAllBytes(Path.Combine(staging.Output, SearchShards.File(key)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            },
            cache.OldText,
            staging.WriteBytes,
            key => staging.Keep(SearchShards.File(key)));
    }

    /// <summary>
    /// Whether every article's document is the one the published index was exported from: by its
    /// source key where that is the same, else by the hash of its document, made again (only the
    /// articles of changed pages).
    /// </summary>
    static bool SameDocuments(SiteModel site, string?[] sources, ExportState state)
    {
        if (state.Format != SearchFormat.Version || state.Options != SearchExportOptions.Default.ToString()
            || state.Hashes.Length != sources.Length || state.Sources.Length != sources.Length)
            return false;
        var same = true;
        Parallel.For(0, sources.Length, (i, loop) =>
        {
            if (sources[i] is not { } source || source != state.Sources[i])
                if (SearchDocumentHash.Of(SearchDocuments.From(site.Articles[i])) != state.Hashes[i])
                {
                    same = false;
                    loop.Stop();
                }
        });
        return same;
    }

    /// <summary>Whether every published search file is still in the output (the staging folder lists the output once for all stages).</summary>
    static bool AllThere(StagingFolder staging, List<string> published) => published.TrueForAll(staging.IsInOutput);
}
