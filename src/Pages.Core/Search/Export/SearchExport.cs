namespace Pages.Search.Export;

/// <summary>
/// Writes the site's static search index under search/ (see <see cref="SearchShards"/> for the
/// files): each segment of the documents (<see cref="SearchSegments"/>) as an index of its own
/// (<see cref="SegmentExport"/>), then what belongs to the whole archive: the display records and
/// the start-up file, which carries the archive's statistics (maxDoc, each field's
/// sumTotalTermFreq, the facets) that the client scores every segment's postings with, as Lucene
/// scores its one index.
/// </summary>
public static class SearchExport
{
    /// <summary>The client's scripts, in load order, relative to the site's root (from theme/assets/search/).</summary>
    public static IReadOnlyList<string> ClientScripts { get; } =
        ["assets/search/tokenize.js", "assets/search/bm25.js", "assets/search/engine.js", "assets/search/ui.js"];

    /// <summary>Writes search/ under <paramref name="siteRoot"/>; nothing is written outside that folder.</summary>
    public static SearchExportStats Write(IReadOnlyList<SearchDocument?> docs, string siteRoot, SearchExportOptions? options = null)
    {
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);
        return Write(docs, (file, bytes) =>
        {
            var path = Path.GetFullPath(Path.Combine(root, file));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new IOException($"refused to write '{file}': it is outside the site's folder");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }, options);
    }

    /// <summary>Hands every file of search/ to <paramref name="write"/> (its path relative to the site's root, and its bytes).</summary>
    public static SearchExportStats Write(IReadOnlyList<SearchDocument?> docs, Action<string, byte[]> write, SearchExportOptions? options = null) =>
        Export(docs, write, options).Stats;

    /// <summary>Writes the whole index, and returns what a later build needs to update it (<see cref="SearchUpdate"/>): a state per segment.</summary>
    public static (SearchExportStats Stats, ExportState[] States) Export(IReadOnlyList<SearchDocument?> docs, Action<string, byte[]> write, SearchExportOptions? options = null)
    {
        options ??= SearchExportOptions.Default;
        var writer = new ShardWriter(write);
        var per = options.DocsPerFile;
        Parallel.For(0, (docs.Count + per - 1) / per, chunk => WriteDocs(writer, docs, chunk, options));
        var segments = SearchSegments.Of(docs, options);
        var states = new ExportState[segments.Count];
        var parts = new List<SearchExportStats>();
        for (var s = 0; s < segments.Count; s++)
        {
            var (stats, state) = SegmentExport.Export(Slice(docs, segments[s]), new ShardWriter(write, segments[s].Key), options.For(segments[s]));
            states[s] = state with { Key = segments[s].Key, Start = segments[s].Start };
            parts.Add(stats);
        }
        var startupBytes = WriteStartup(writer, docs, segments, states, options);
        return (Sum(Documents(docs), parts, writer, startupBytes), states);
    }

    /// <summary>A segment's documents, numbered from its first.</summary>
    internal static List<SearchDocument?> Slice(IReadOnlyList<SearchDocument?> docs, SearchSegment segment) =>
        [.. docs.Skip(segment.Start).Take(segment.Count)];

    /// <summary>How many documents: numbers no article has are not counted (Lucene's maxDoc is the articles').</summary>
    internal static int Documents<T>(IReadOnlyList<T?> docs) where T : class
    {
        var count = 0;
        for (var d = 0; d < docs.Count; d++)
            if (docs[d] is not null)
                count++;
        return count;
    }

    internal static SearchExportStats Sum(int docs, IEnumerable<SearchExportStats> segments, ShardWriter writer, long startupBytes) =>
        new(docs, segments.Sum(s => s.Terms), writer.Files + segments.Sum(s => s.Files), writer.Bytes + segments.Sum(s => s.Bytes), startupBytes);

    /// <summary>The display file of one chunk of documents (<see cref="SearchShards.Docs"/>), and the parts of the bodies that go on past their leads (<see cref="SearchShards.Text"/>).</summary>
    internal static void WriteDocs(ShardWriter writer, IReadOnlyList<SearchDocument?> docs, int chunk, SearchExportOptions options)
    {
        var per = options.DocsPerFile;
        // A number no article has is null in its file; a file of none is not written.
        var rows = docs.Skip(chunk * per).Take(per).Select(d => d is null ? null : DocFile.From(d, options).Row()).ToList();
        while (rows.Count > 0 && rows[^1] is null)
            rows.RemoveAt(rows.Count - 1);
        if (rows.Count == 0)
            return;
        writer.Write(SearchShards.Docs(chunk * per, per), rows);
        for (var doc = chunk * per; doc < Math.Min(docs.Count, (chunk + 1) * per); doc++)
        {
            if (docs[doc] is not { } d)
                continue;
            var parts = BodyParts.After(d.Body, options.LeadChars, options.TextChars);
            for (var part = 0; part < parts.Count; part++)
                writer.Write(SearchShards.Text(doc, part), parts[part]);
        }
    }

    /// <summary>
    /// index.js: the archive's statistics (each field's sumTotalTermFreq is its segments' summed),
    /// its facets' values with their counts, and per segment where its documents start, its bucket
    /// counts and which of the archive's facet values its own numbers stand for.
    /// </summary>
    internal static long WriteStartup(ShardWriter writer, IReadOnlyList<SearchDocument?> docs, IReadOnlyList<SearchSegment> segments,
        IReadOnlyList<ExportState> states, SearchExportOptions options)
    {
        var facets = FacetIndex.Totals(states);
        var numbers = new Dictionary<(int Facet, string Value), int>();
        foreach (var (f, facet) in facets.Index())
            foreach (var (value, _) in facet.Values)
                numbers[(f, value)] = numbers.Count;
        var fields = SearchFields.Weighted.Select((f, i) => new StartupField(f.Name, f.Weight, states.Sum(s => s.Sums[i]))).ToList();
        var parts = segments.Select((segment, s) => new StartupSegment(segment.Key, segment.Start, segment.Count,
            states[s].TermBuckets, SegmentExport.InlineBuckets(states[s].TermChars, options.For(segment)), states[s].PositionBuckets,
            [.. states[s].FacetValues.SelectMany((values, f) => values.Select(v => numbers[(f, v)]))])).ToList();
        var startup = new StartupFile(SearchFormat.Version, Documents(docs), 1.2f, 0.75f, fields,
            [.. facets.Select(f => new StartupFacet(f.Name, f.Label, [.. f.Values.Select(v => v.Value)], [.. f.Values.Select(v => v.Count)], f.ByCount))],
            options.DocsPerFile, options.PiecePositions, options.TextChars, parts);
        return writer.Write(SearchShards.Startup, startup);
    }
}
