using System.Collections.Concurrent;

namespace Pages.Search.Export;

/// <summary>
/// A published segment an update starts from, and where its files go. Keys read are the segment's
/// own, without its <paramref name="Key"/>; the keys listed and kept are the index's, with it (a
/// segment has ninety thousand files at 5,000 pages, and taking the prefix off each and putting it
/// back to keep it cost a fifth of a second of an edit's rebuild).
/// </summary>
/// <param name="State">What the export that wrote the published segment computed (<see cref="ExportState"/>).</param>
/// <param name="Key">The segment's key (<see cref="SearchSegment.Key"/>), which its files' keys start with.</param>
/// <param name="Keys">The keys of the published segment's files in the index (<see cref="SearchShards"/>), starting with <paramref name="Key"/>.</param>
/// <param name="Read">A published file's bytes by its key in the segment, null when it is missing or not as it was written.</param>
/// <param name="OldText">An old document's field texts by its number in the segment (fields in <see cref="SearchFields.Weighted"/> order), null when unknown.</param>
/// <param name="Write">Writes a file of the new index (path relative to the site's root, bytes).</param>
/// <param name="Keep">Keeps a published file, by its key in the index (one of <paramref name="Keys"/>), unchanged in the new index.</param>
internal sealed record PublishedSegment(
    ExportState State,
    string Key,
    IReadOnlyCollection<string> Keys,
    Func<string, byte[]?> Read,
    Func<int, string[]?> OldText,
    Action<string, byte[]> Write,
    Action<string> Keep);

/// <summary>
/// Updates a published segment of the index (<see cref="SearchSegments"/>) for the documents that
/// changed, with the same bytes a whole export of it would write: it indexes the changed
/// documents' old and new text alone, reads back from the published files the postings of the
/// terms they hold, and writes those terms, their buckets and the facet files again, keeping every
/// other file. A term's files depend on its own postings alone (<see cref="ImpactScore"/>,
/// <see cref="Frontier"/>, <see cref="OwnFiles"/>), which is what makes this possible. When the
/// update would not be exact (documents renumbered in bulk, another set of facet values, another
/// number of buckets, a published file missing) it returns null and the caller exports the
/// segment whole.
/// </summary>
internal static class SegmentUpdate
{
    /// <summary>
    /// Changed documents beyond this share of the segment (and more than <see cref="MinChanged"/>)
    /// are exported whole: reading back costs more than it saves. A day's pages added to the newest
    /// segment are mostly past it.
    /// </summary>
    const double MaxChangedShare = 0.05;

    /// <summary>So many changed documents are always updated, in however small a segment (the tests' segments are of a few dozen).</summary>
    const int MinChanged = 8;

    /// <summary>Large terms to be redone whole beyond this share of all large terms' postings: an export of everything is faster.</summary>
    public const double MaxWholeShare = 0.1;

    /// <param name="wholeShare">See <see cref="MaxWholeShare"/> (tests raise it to exercise terms redone whole).</param>
    /// <param name="hashes">Every document's <see cref="SearchDocumentHash"/> where the caller knows them (<see cref="ExportState.HashesOf"/>).</param>
    public static (SearchExportStats Stats, ExportState State)? Run(IReadOnlyList<SearchDocument?> docs, PublishedSegment published,
        SearchExportOptions? options = null, double wholeShare = MaxWholeShare, string[]? hashes = null)
    {
        options ??= SearchExportOptions.Default;
        var old = published.State;
        if (old.Format != SearchFormat.Version || old.Options != options.ToString())
            return null;
        hashes ??= SearchDocumentHash.All(docs);
        var changed = SearchUpdate.Changed(old.Hashes, hashes);
        if (changed.Length > Math.Max(MinChanged, docs.Count * MaxChangedShare))
            return null;
        var facets = FacetIndex.Updated(docs, old, hashes) ?? new FacetIndex(docs);
        if (!SameValues(facets, old.FacetValues) || TermChange.Of(docs, published, changed, facets, options) is not { } change
            || change.TooManyWholeTerms(wholeShare))
            return null;

        var terms = change.Terms;
        var updates = new TermChange.Update?[terms.Length];
        Parallel.For(0, terms.Length, i => updates[i] = change.For(terms[i]));
        if (updates.Any(u => u is null) || !Distinct(updates.Select(u => u!.New?.OwnName).OfType<string>()))
            return null;
        var done = updates.Select(u => u!).ToArray();
        var (termChars, positionChars) = change.Chars(done);
        if (SegmentExport.Buckets(termChars, options) != old.TermBuckets || SegmentExport.PositionBuckets(positionChars, options) != old.PositionBuckets
            || SegmentExport.InlineBuckets(termChars, options) != SegmentExport.InlineBuckets(old.TermChars, options))
            return null;

        var state = new ExportState(old.Format, old.Options, old.TermBuckets, old.PositionBuckets, termChars, positionChars, change.Sums,
            old.FacetValues, change.Norms, hashes, BlocksAfter(old.Blocks, terms, done),
            [.. Enumerable.Range(0, docs.Count).Select(facets.ValuesOf)]);
        return (Write(docs, published, state, options, facets, terms, done, change.Buckets), state);
    }

    static bool Distinct(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return names.All(seen.Add);
    }

    static Dictionary<string, OwnTermState> BlocksAfter(Dictionary<string, OwnTermState> before, string[] terms, TermChange.Update[] updates)
    {
        var blocks = new Dictionary<string, OwnTermState>(before, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            if (updates[i].Moved is not null)
                continue;
            blocks.Remove(terms[i]);
            if (updates[i].Blocks is { } partial)
                blocks[terms[i]] = partial.State;
            else if (updates[i].New is { OwnName: not null } e)
                blocks[terms[i]] = new OwnTermState(e.Blocks.LastKeys, e.Blocks.Chars);
        }
        return blocks;
    }

    static SearchExportStats Write(IReadOnlyList<SearchDocument?> docs, PublishedSegment published, ExportState state, SearchExportOptions options,
        FacetIndex facets, string[] terms, TermChange.Update[] updates, PublishedBuckets buckets)
    {
        // Keys in the index (with the segment's key), as published.Keys are.
        var handled = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var writer = new ShardWriter(published.Write, published.Key);
        void Handle(string key) => handled[published.Key + key] = true;
        var publishedKeys = new Lazy<HashSet<string>>(() => new HashSet<string>(published.Keys, StringComparer.Ordinal));

        Parallel.For(0, terms.Length, i =>
        {
            if (updates[i].Moved is { } moved)
            {
                foreach (var (key, data) in moved.Writes)
                {
                    Handle(key);
                    writer.Write(key, data);
                }
                return;
            }
            if (updates[i].Blocks is { } partial)
            {
                // Only the blocks that changed; the others are kept with the rest below.
                foreach (var (key, data) in partial.Writes)
                {
                    Handle(key);
                    if (data is not null)
                        writer.Write(key, data);
                }
                return;
            }
            if (updates[i].Old is { } h)
                foreach (var key in TermExport.OwnKeys(terms[i], h, k => publishedKeys.Value.Contains(published.Key + k)))
                    Handle(key);
            updates[i].New?.WriteOwn(writer);
        });
        var termBuckets = new Dictionary<int, List<int>>();
        var inlineBuckets = new Dictionary<int, List<int>>();
        var positionBuckets = new Dictionary<int, List<int>>();
        var inlineCount = SegmentExport.InlineBuckets(published.State.TermChars, options);
        for (var i = 0; i < terms.Length; i++)
        {
            // A term whose positions alone moved keeps its header, its postings, and its p/ entry if it has files of its own.
            if (updates[i].Moved is null)
            {
                Add(termBuckets, TermBuckets.Of(terms[i], published.State.TermBuckets), i);
                Add(inlineBuckets, TermBuckets.Of(terms[i], inlineCount), i);
            }
            if (updates[i].Moved is null or { Inline: not null })
                Add(positionBuckets, TermBuckets.Of(terms[i], published.State.PositionBuckets), i);
        }
        // Each bucket written again is independent of the others: an article split in two on an
        // old page changes a thousand terms, in most of the segment's buckets.
        var rewrites = new List<Action>();
        foreach (var (bucket, members) in termBuckets)
            rewrites.Add(() =>
            {
                var bucketFile = buckets.TermBucket(bucket) ?? throw new InvalidOperationException($"t/{bucket} was read before and cannot be now");
                var changes = members.ToDictionary(i => terms[i], i => updates[i].New?.Header, StringComparer.Ordinal);
                writer.WriteJson(SearchShards.TermBucket(bucket), bucketFile.With(changes));
                Handle(SearchShards.TermBucket(bucket));
            });
        foreach (var (bucket, members) in inlineBuckets)
            rewrites.Add(() =>
            {
                var bucketFile = buckets.InlineBucket(bucket) ?? throw new InvalidOperationException($"i/{bucket} was read before and cannot be now");
                var changes = members.ToDictionary(i => terms[i], i => updates[i].New?.Header.X, StringComparer.Ordinal);
                writer.WriteJson(SearchShards.InlineBucket(bucket), bucketFile.With(changes));
                Handle(SearchShards.InlineBucket(bucket));
            });
        foreach (var (bucket, members) in positionBuckets)
            rewrites.Add(() =>
            {
                var bucketFile = buckets.PositionBucket(bucket) ?? throw new InvalidOperationException($"p/{bucket} was read before and cannot be now");
                var changes = members.ToDictionary(i => terms[i], i => updates[i].Moved?.Inline ?? updates[i].New?.InlinePositions, StringComparer.Ordinal);
                writer.WriteJson(SearchShards.PositionBucket(bucket), bucketFile.With(changes));
                Handle(SearchShards.PositionBucket(bucket));
            });
        Parallel.ForEach(rewrites, rewrite => rewrite());

        foreach (var key in published.Keys.Where(k => k.AsSpan(published.Key.Length).StartsWith("f/", StringComparison.Ordinal)))
            handled[key] = true;
        SegmentExport.WriteFacets(writer, facets);
        foreach (var key in published.Keys)
            if (!handled.ContainsKey(key))
                published.Keep(key);
        return new SearchExportStats(SearchExport.Documents(docs), terms.Length, writer.Files, writer.Bytes, 0);
    }

    static void Add(Dictionary<int, List<int>> groups, int key, int member)
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(member);
    }

    static bool SameValues(FacetIndex facets, string[][] before) =>
        facets.Facets.Count == before.Length &&
        facets.Facets.Select((f, i) => f.Values.Select(v => v.Value).SequenceEqual(before[i], StringComparer.Ordinal)).All(x => x);

}
