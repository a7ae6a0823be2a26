using Pages.Search;
using Pages.Search.Export;
using Pages.Site;

namespace Pages.Build;

/// <summary>
/// The build's index stage: the static search index (search/). The index is a function of the
/// archive alone, so when the archive is the one the published site was built from (only the
/// theme changed), its files are kept as they are. When some articles changed and the build cache
/// has the states of the published index's segments, each segment is kept, updated or exported
/// again (<see cref="SearchUpdate"/>); otherwise the whole index is exported. The changed articles
/// are found by their documents' hashes, an unchanged article's taken from the states by what its
/// document is made from (<see cref="SearchDocuments.SourceKey"/>), so only changed bodies are read.
/// </summary>
internal static class SearchStage
{
    /// <summary>Exports, updates or keeps the index; returns the number of its files.</summary>
    /// <param name="look">What the published index is (<see cref="PublishedSearch.Look"/>).</param>
    public static int Run(SiteModel site, bool archiveUnchanged, StagingFolder staging, PublishedSearch look, SearchExportOptions options)
    {
        var (published, keepable, cache, states) = (look.Files, look.Keepable, look.Cache, look.States);
        if (archiveUnchanged && keepable)
        {
            published.ForEach(staging.Keep);
            return published.Count;
        }
        // Documents and what they are made from by their numbers in the index (null: a number no article has).
        var numbers = SearchNumbers.Of(site);
        options = options with { PageRun = SearchNumbers.PageRun, DocsPerFile = SearchNumbers.DisplayFile };
        var sources = numbers.Spread(SearchDocuments.SourceKeys(site));
        var docs = new Lazy<SearchDocument?[]>(() => numbers.Spread(SearchDocuments.From(site)));
        if (cache is not null && states.Count > 0)
        {
            if (SameDocuments(numbers.Spread(site.Articles), sources, states, options))
            {
                // What the articles are made of changed (a page's furniture, its file saved again),
                // not the articles: the index is the same.
                published.ForEach(staging.Keep);
                foreach (var state in states)
                    if (!sources.AsSpan(state.Start, state.Sources.Length).SequenceEqual(state.Sources))
                        cache.Save(state with { Sources = sources[state.Start..(state.Start + state.Hashes.Length)] });
                return published.Count;
            }
            var hashes = ExportState.HashesOf(states, docs.Value, sources);
            var update = SearchUpdate.Run(docs.Value, Published(staging, look.Keys, states, cache), options, hashes: hashes);
            cache.Save(Saved(update.States, update.Work, staging, sources), update.Work, docs.Value, SearchUpdate.Changed(SearchUpdate.Hashes(states), hashes));
            return update.Stats.Files;
        }
        cache?.Forget();
        var (whole, exported) = SearchExport.Export(docs.Value, staging.WriteBytes, options);
        SegmentWork[] work = [.. exported.Select(_ => SegmentWork.Exported)];
        cache?.Save(Saved(exported, work, staging, sources), work, docs.Value, null);
        return whole.Files;
    }

    /// <summary>
    /// The segments' states as saved: with the digest of their files as staged and their documents'
    /// source keys (a kept segment's state is saved already, and its digest of a hundred thousand
    /// files is not made again).
    /// </summary>
    static ExportState[] Saved(ExportState[] states, SegmentWork[] work, StagingFolder staging, string?[] sources)
    {
        var digests = work.All(w => w == SegmentWork.Kept) ? [] : ExportCache.Digests(staging.Files);
        return [.. states.Select((s, i) => work[i] == SegmentWork.Kept ? s
            : s with { Published = digests.GetValueOrDefault(s.Key) ?? ExportCache.NoFiles, Sources = sources[s.Start..(s.Start + s.Hashes.Length)] })];
    }

    static PublishedIndex Published(StagingFolder staging, string[] keys, List<ExportState> states, ExportCache cache) => new(
        states,
        keys,
        // Trusted as the manifest describes them, as kept pages are: a file that cannot be read
        // or parsed makes its segment's update give way to a whole export of the segment.
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
        key => Keep(staging, key));

    /// <summary>
    /// Keeps a published file of the index by its key, its path put together on the stack: an
    /// update keeps nearly all of the index's 140,000 files at 5,000 pages, and a string made for
    /// each path was 14 MB of fresh memory in every rebuild that changed an article.
    /// </summary>
    static void Keep(StagingFolder staging, string key)
    {
        var length = SearchShards.Folder.Length + 1 + key.Length + 3;
        if (length > 512)
        {
            staging.Keep(SearchShards.File(key));
            return;
        }
        Span<char> path = stackalloc char[length];
        SearchShards.Folder.CopyTo(path);
        path[SearchShards.Folder.Length] = '/';
        key.CopyTo(path[(SearchShards.Folder.Length + 1)..]);
        ".js".CopyTo(path[^3..]);
        staging.Keep(path);
    }

    /// <summary>
    /// Whether every article's document is the one the published index was exported from: by its
    /// source key where that is the same, else by the hash of its document, made again (only the
    /// articles of changed pages). The states must cover every article, cut as they would be cut now.
    /// </summary>
    static bool SameDocuments(ArticleEntry?[] articles, string?[] sources, List<ExportState> states, SearchExportOptions options)
    {
        var segments = SearchSegments.Of(articles, options);
        if (segments.Count != states.Count || segments.Where((s, i) => states[i].Key != s.Key || states[i].Start != s.Start
                || states[i].Hashes.Length != s.Count || states[i].Sources.Length != s.Count).Any()
            || states.Where((s, i) => s.Format != SearchFormat.Version || s.Options != options.For(segments[i]).ToString()).Any())
            return false;
        var (hashes, known) = (SearchUpdate.Hashes(states), states.SelectMany(s => s.Sources).ToArray());
        var same = true;
        Parallel.For(0, sources.Length, (i, loop) =>
        {
            if (sources[i] is not { } source || source != known[i])
                if (SearchDocumentHash.Of(articles[i] is { } article ? SearchDocuments.From(article) : null) != hashes[i])
                {
                    same = false;
                    loop.Stop();
                }
        });
        return same;
    }
}
