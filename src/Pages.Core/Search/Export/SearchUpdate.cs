namespace Pages.Search.Export;

/// <summary>The published index an update starts from, and where its files go.</summary>
/// <param name="States">The states of the published segments (<see cref="ExportState"/>) that describe their files; a segment without one is exported whole.</param>
/// <param name="Keys">The keys of the published index's files (<see cref="SearchShards"/>).</param>
/// <param name="Read">A published file's bytes by key, null when it is missing or not as it was written.</param>
/// <param name="OldText">An old document's field texts by number (fields in <see cref="SearchFields.Weighted"/> order), null when unknown.</param>
/// <param name="Write">Writes a file of the new index (path relative to the site's root, bytes).</param>
/// <param name="Keep">Keeps a published file, by key, unchanged in the new index.</param>
public sealed record PublishedIndex(
    IReadOnlyList<ExportState> States,
    IReadOnlyCollection<string> Keys,
    Func<string, byte[]?> Read,
    Func<int, string[]?> OldText,
    Action<string, byte[]> Write,
    Action<string> Keep);

/// <summary>What became of a segment in an update.</summary>
public enum SegmentWork
{
    /// <summary>Its documents are as they were: its files are kept.</summary>
    Kept,

    /// <summary>Its changed documents' terms were written again (<see cref="SegmentUpdate"/>).</summary>
    Updated,

    /// <summary>It was exported whole: new, cut elsewhere, or an update would not have been exact or cheaper.</summary>
    Exported,
}

/// <param name="States">Per segment of the new index, its state.</param>
/// <param name="Work">Per segment, what was done.</param>
public sealed record SearchUpdateResult(SearchExportStats Stats, ExportState[] States, SegmentWork[] Work);

/// <summary>
/// Brings a published index up to date with the same bytes a whole export would write
/// (<see cref="SearchExport"/>): per segment (<see cref="SearchSegments"/>), a segment whose
/// documents are as they were is kept, one with a few changed documents is updated term by term
/// (<see cref="SegmentUpdate"/>), and any other (pages added at the end change the newest) is
/// exported whole; then the display files of the changed documents and the start-up file are
/// written again.
/// </summary>
public static class SearchUpdate
{
    /// <summary>Large terms to be redone whole beyond this share of all large terms' postings: an export of everything is faster.</summary>
    public const double MaxWholeShare = SegmentUpdate.MaxWholeShare;

    /// <param name="wholeShare">See <see cref="MaxWholeShare"/> (tests raise it to exercise terms redone whole).</param>
    /// <param name="hashes">Every document's <see cref="SearchDocumentHash"/> where the caller knows them (<see cref="ExportState.HashesOf"/>).</param>
    public static SearchUpdateResult Run(IReadOnlyList<SearchDocument?> docs, PublishedIndex published,
        SearchExportOptions? options = null, double wholeShare = MaxWholeShare, string[]? hashes = null)
    {
        options ??= SearchExportOptions.Default;
        hashes ??= SearchDocumentHash.All(docs);
        var segments = SearchSegments.Of(docs, options);
        var keys = ByOwner(published.Keys);
        var (states, work, parts) = (new ExportState[segments.Count], new SegmentWork[segments.Count], new List<SearchExportStats>());
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var mineOptions = options.For(segment);
            var own = keys.GetValueOrDefault(segment.Key) ?? [];
            var old = published.States.FirstOrDefault(st => st.Key == segment.Key && st.Start == segment.Start
                && st.Format == SearchFormat.Version && st.Options == mineOptions.ToString());
            var mine = hashes[segment.Start..segment.End];
            if (old is not null && old.Hashes.AsSpan().SequenceEqual(mine))
            {
                own.ForEach(published.Keep);
                (states[s], work[s]) = (old, SegmentWork.Kept);
                continue;
            }
            var docsOf = SearchExport.Slice(docs, segment);
            if (old is not null && SegmentUpdate.Run(docsOf, Segment(published, segment, old, own), mineOptions, wholeShare, mine) is var (stats, updated))
            {
                (states[s], work[s]) = (updated with { Key = segment.Key, Start = segment.Start }, SegmentWork.Updated);
                parts.Add(stats);
                continue;
            }
            var (whole, exported) = SegmentExport.Export(docsOf, new ShardWriter(published.Write, segment.Key), mineOptions);
            (states[s], work[s]) = (exported with { Key = segment.Key, Start = segment.Start }, SegmentWork.Exported);
            parts.Add(whole);
        }
        var writer = new ShardWriter(published.Write);
        WriteDocs(docs, published, hashes, keys.GetValueOrDefault("\0") ?? [], writer, options);
        var startupBytes = SearchExport.WriteStartup(writer, docs, segments, states, options);
        return new SearchUpdateResult(SearchExport.Sum(SearchExport.Documents(docs), parts, writer, startupBytes), states, work);
    }

    /// <summary>
    /// The published files' keys by the segment that owns them ("\0": the display files and the
    /// start-up file). One pass into lists: grouped with LINQ, the 140,000 keys of a 5,000-page
    /// site took a tenth of a second of every rebuild that changed an article.
    /// </summary>
    static Dictionary<string, List<string>> ByOwner(IReadOnlyCollection<string> keys)
    {
        var owned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var owner = SearchSegments.Owner(key) ?? "\0";
            if (!owned.TryGetValue(owner, out var list))
                owned[owner] = list = [];
            list.Add(key);
        }
        return owned;
    }

    static PublishedSegment Segment(PublishedIndex published, SearchSegment segment, ExportState old, List<string> own) => new(
        old,
        segment.Key,
        own,
        key => published.Read(segment.Key + key),
        doc => published.OldText(segment.Start + doc),
        published.Write,
        published.Keep);

    /// <summary>The display files (and their bodies' parts) whose documents changed written again, the others kept, and none past the last document.</summary>
    static void WriteDocs(IReadOnlyList<SearchDocument?> docs, PublishedIndex published, string[] hashes, List<string> globalKeys, ShardWriter writer, SearchExportOptions options)
    {
        var before = Hashes(published.States);
        // The published display files, and each document's body parts by number, from the keys the
        // site has: a key made and looked up for every number (80,000 at 5,000 pages, most of
        // them numbers no article has) took a third of a second of an edit's rebuild.
        var there = new HashSet<string>(StringComparer.Ordinal);
        var parts = new Dictionary<int, List<(int Part, string Key)>>();
        foreach (var key in globalKeys)
        {
            if (SearchShards.TextOf(key) is var (doc, part))
                (parts.TryGetValue(doc, out var list) ? list : parts[doc] = []).Add((part, key));
            else
                there.Add(key);
        }
        var per = options.DocsPerFile;
        Parallel.For(0, (docs.Count + per - 1) / per, chunk =>
        {
            var key = SearchShards.Docs(chunk * per, per);
            var end = (chunk + 1) * per;
            // Kept only with the same documents, as many as before (the last file may have been shorter or longer).
            var same = there.Contains(key) && Math.Min(end, before.Length) == Math.Min(end, docs.Count);
            for (var d = chunk * per; d < Math.Min(docs.Count, end) && same; d++)
                same = d < before.Length && before[d] == hashes[d];
            if (same)
            {
                // The same documents have the same body parts: those published are kept without
                // asking any body its length (an unchanged article's body is never read).
                published.Keep(key);
                for (var d = chunk * per; d < Math.Min(docs.Count, end); d++)
                    if (parts.TryGetValue(d, out var mine))
                    {
                        // Parts 0, 1, 2… as far as they go on (sorted in place: ordered with LINQ
                        // for each of 30,000 documents, a fifth of a second of every edit).
                        mine.Sort(static (a, b) => a.Part.CompareTo(b.Part));
                        for (var i = 0; i < mine.Count && mine[i].Part == i; i++)
                            published.Keep(mine[i].Key);
                    }
            }
            else
                SearchExport.WriteDocs(writer, docs, chunk, options);
        });
    }

    /// <summary>Per document of the published index, its hash where a state knows it (by number in the archive), else null.</summary>
    public static string?[] Hashes(IReadOnlyList<ExportState> states)
    {
        var hashes = new string?[states.Count == 0 ? 0 : states.Max(s => s.Start + s.Hashes.Length)];
        foreach (var state in states)
            state.Hashes.CopyTo(hashes, state.Start);
        return hashes;
    }

    /// <summary>Document numbers whose document is new, gone or different (an unknown old hash counts as different).</summary>
    public static int[] Changed(IReadOnlyList<string?> before, IReadOnlyList<string> after)
    {
        var changed = new List<int>();
        for (var d = 0; d < Math.Max(before.Count, after.Count); d++)
            if (d >= before.Count || d >= after.Count || before[d] is null || before[d] != after[d])
                changed.Add(d);
        return [.. changed];
    }
}
