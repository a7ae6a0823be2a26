using System.Collections.Concurrent;

namespace Pages.Search.Export;

/// <summary>The published index an update starts from, and where its files go.</summary>
/// <param name="State">What the export that wrote the published index computed (<see cref="ExportState"/>).</param>
/// <param name="Keys">The keys of the published index's files (<see cref="SearchShards"/>).</param>
/// <param name="Read">A published file's bytes by key, null when it is missing or not as it was written.</param>
/// <param name="OldText">An old document's field texts by number (fields in <see cref="SearchFields.Weighted"/> order), null when unknown.</param>
/// <param name="Write">Writes a file of the new index (path relative to the site's root, bytes).</param>
/// <param name="Keep">Keeps a published file, by key, unchanged in the new index.</param>
public sealed record PublishedIndex(
    ExportState State,
    IReadOnlyCollection<string> Keys,
    Func<string, byte[]?> Read,
    Func<int, string[]?> OldText,
    Action<string, byte[]> Write,
    Action<string> Keep);

/// <summary>
/// Updates a published index for the documents that changed, with the same bytes a whole export
/// would write: it indexes the changed documents' old and new text alone, reads back from the
/// published files the postings of the terms they hold, and writes those terms, their buckets,
/// the changed display files, the facet files and the start-up file again, keeping every other
/// file. A term's files depend on its own postings alone (<see cref="ImpactScore"/>,
/// <see cref="Frontier"/>, <see cref="OwnFiles"/>), which is what makes this possible. When the
/// update would not be exact (documents renumbered in bulk, another set of facet values, another
/// number of buckets, a published file missing) it returns null and the caller exports everything.
/// </summary>
public static class SearchUpdate
{
    /// <summary>Changed documents beyond this share of the archive are exported whole: reading back costs more than it saves.</summary>
    const double MaxChangedShare = 0.05;

    public static (SearchExportStats Stats, ExportState State)? Run(IReadOnlyList<SearchDocument> docs, PublishedIndex published, SearchExportOptions? options = null)
    {
        options ??= SearchExportOptions.Default;
        var old = published.State;
        if (old.Format != SearchFormat.Version || old.Options != options.ToString())
            return null;
        var hashes = SearchDocumentHash.All(docs);
        var changed = Changed(old.Hashes, hashes);
        if (changed.Length > Math.Max(64, docs.Count * MaxChangedShare))
            return null;
        var facets = new FacetIndex(docs);
        if (!SameValues(facets, old.FacetValues))
            return null;

        var gone = changed.Where(d => d < old.Hashes.Length).ToArray();
        var oldTexts = gone.Select(d => published.OldText(d)).ToArray();
        if (oldTexts.Any(t => t is null))
            return null;
        var added = changed.Where(d => d < docs.Count).ToArray();
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        var before = InvertedIndex.Build(gone.Length, (i, f) => oldTexts[i]![f]);
        var after = InvertedIndex.Build(added.Length, (i, f) => docs[added[i]].Field(names[f]));
        Renumber(before, gone);
        Renumber(after, added);

        var fieldCount = names.Length;
        var norms = old.Norms.Select(n => Resized(n, docs.Count)).ToArray();
        for (var f = 0; f < fieldCount; f++)
            for (var i = 0; i < added.Length; i++)
                norms[f][added[i]] = after.Norms[f][i];
        var sums = old.Sums.Select((s, f) => s - before.SumTotalTermFreq[f] + after.SumTotalTermFreq[f]).ToArray();

        var buckets = new PublishedBuckets(published, old);
        var terms = before.Terms.Keys.Union(after.Terms.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ownNames = old.OwnNames.ToHashSet(StringComparer.Ordinal);
        var changedSet = changed.ToHashSet();
        var updates = new (TermHeader? Old, TermExport? New, OwnTermUpdate.Result? Blocks)[terms.Length];
        var failed = 0;
        Parallel.For(0, terms.Length, i =>
        {
            var term = terms[i];
            if (!buckets.Readable(term))
            {
                Interlocked.Increment(ref failed);
                return;
            }
            var header = buckets.Header(term);
            if (header is { X: null, F: null } && old.Blocks.TryGetValue(term, out var own)
                && OwnTermUpdate.Try(term, header, own, new OwnTermUpdate.Change(changedSet, before.Terms.GetValueOrDefault(term), old.Norms,
                    after.Terms.GetValueOrDefault(term), norms, d => old.DocValues[d], facets.ValuesOf), options, buckets) is { } partial)
            {
                updates[i] = (header, partial.Export, partial);
                return;
            }
            FieldPostings?[]? postings = new FieldPostings?[fieldCount];
            if (header is not null)
                postings = TermReader.Read(term, header, buckets.Positions(term), fieldCount, buckets.OwnBlock, buckets.OwnPositions);
            if (postings is null || header?.F is not null)
            {
                Interlocked.Increment(ref failed);
                return;
            }
            var merged = Merge(postings, changedSet, after.Terms.GetValueOrDefault(term));
            if (merged.All(p => p is null))
            {
                updates[i] = (header, null, null);
                return;
            }
            var made = TermExport.Prepare(term, merged, norms, facets, options);
            var renamed = false;
            var export = TermExport.Make(term, made, options, t =>
            {
                var name = OwnFiles.Name(t);
                // A name that another term's files already have would need that term's header too.
                renamed = (header is null || header.X is not null) && ownNames.Contains(name);
                return name;
            });
            if (renamed)
                Interlocked.Increment(ref failed);
            updates[i] = (header, export, null);
        });
        var newNames = updates.Select(u => u.New?.OwnName).OfType<string>().ToList();
        if (failed > 0 || newNames.Count != newNames.Distinct(StringComparer.Ordinal).Count())
            return null;

        var (termChars, positionChars) = (old.TermChars, old.PositionChars);
        for (var i = 0; i < terms.Length; i++)
        {
            if (updates[i].Old is { } h)
            {
                var was = new TermExport(terms[i], h, TermBlocks.None, "", h.X is null ? OwnFiles.Name(terms[i]) : null);
                termChars -= was.HeaderChars;
                positionChars -= Chars(h.X is null ? null : buckets.Positions(terms[i])) + terms[i].Length + 4;
            }
            if (updates[i].New is { } e)
                (termChars, positionChars) = (termChars + e.HeaderChars, positionChars + e.PositionChars);
        }
        if (SearchExport.Buckets(termChars, options) != old.TermBuckets || SearchExport.Buckets(positionChars, options) != old.PositionBuckets)
            return null;

        var blocks = new Dictionary<string, OwnTermState>(old.Blocks, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            blocks.Remove(terms[i]);
            if (updates[i].Blocks is { } partial)
                blocks[terms[i]] = partial.State;
            else if (updates[i].New is { OwnName: not null } e)
                blocks[terms[i]] = new OwnTermState(e.Blocks.LastKeys, e.Blocks.Chars);
        }
        var state = new ExportState(old.Format, old.Options, old.TermBuckets, old.PositionBuckets, termChars, positionChars, sums,
            old.FacetValues, norms, hashes, OwnNamesAfter(old.OwnNames, terms, updates), blocks,
            [.. Enumerable.Range(0, docs.Count).Select(facets.ValuesOf)]);
        return (Write(docs, published, state, options, facets, terms, updates, buckets, changed), state);
    }

    static SearchExportStats Write(IReadOnlyList<SearchDocument> docs, PublishedIndex published, ExportState state, SearchExportOptions options,
        FacetIndex facets, string[] terms, (TermHeader? Old, TermExport? New, OwnTermUpdate.Result? Blocks)[] updates, PublishedBuckets buckets, int[] changed)
    {
        var handled = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var writer = new ShardWriter((file, bytes) => published.Write(file, bytes));
        void Handle(string key) => handled[key] = true;

        Parallel.For(0, terms.Length, i =>
        {
            if (updates[i].Blocks is { } partial)
            {
                // Only the blocks that changed; the others are kept with the rest below.
                foreach (var (key, data) in partial.Writes)
                {
                    Handle(key);
                    writer.Write(key, data);
                }
                return;
            }
            if (updates[i].Old is { } h)
                foreach (var key in TermExport.OwnKeys(terms[i], h))
                    Handle(key);
            updates[i].New?.WriteOwn(writer);
        });
        var termBuckets = new Dictionary<int, List<int>>();
        var positionBuckets = new Dictionary<int, List<int>>();
        for (var i = 0; i < terms.Length; i++)
        {
            Add(termBuckets, TermBuckets.Of(terms[i], published.State.TermBuckets), i);
            Add(positionBuckets, TermBuckets.Of(terms[i], published.State.PositionBuckets), i);
        }
        foreach (var (bucket, members) in termBuckets)
        {
            var entries = buckets.TermBucket(bucket) ?? throw new InvalidOperationException($"t/{bucket} was read before and cannot be now");
            foreach (var i in members)
                if (updates[i].New is { } e)
                    entries[terms[i]] = e.Header;
                else
                    entries.Remove(terms[i]);
            writer.Write(SearchShards.TermBucket(bucket), entries);
            Handle(SearchShards.TermBucket(bucket));
        }
        foreach (var (bucket, members) in positionBuckets)
        {
            var entries = buckets.PositionBucket(bucket) ?? throw new InvalidOperationException($"p/{bucket} was read before and cannot be now");
            foreach (var i in members)
                if (updates[i].New?.InlinePositions is { } positions)
                    entries[terms[i]] = positions;
                else
                    entries.Remove(terms[i]);
            writer.Write(SearchShards.PositionBucket(bucket), entries);
            Handle(SearchShards.PositionBucket(bucket));
        }

        var per = options.DocsPerFile;
        foreach (var chunk in changed.Select(d => d / per).Distinct())
        {
            Handle(SearchShards.Docs(chunk * per, per));
            if (chunk * per < docs.Count)
                SearchExport.WriteDocs(writer, docs, chunk, options);
        }
        foreach (var key in published.Keys.Where(k => k.StartsWith("f/", StringComparison.Ordinal)))
            Handle(key);
        SearchExport.WriteFacets(writer, facets);
        Handle(SearchShards.Startup);
        var startupBytes = SearchExport.WriteStartup(writer, docs.Count, state, facets, options);
        foreach (var key in published.Keys)
            if (!handled.ContainsKey(key))
                published.Keep(key);
        return new SearchExportStats(docs.Count, terms.Length, writer.Files, writer.Bytes, startupBytes);
    }

    static void Add(Dictionary<int, List<int>> groups, int key, int member)
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(member);
    }

    /// <summary>Document numbers whose document is new, gone or different.</summary>
    static int[] Changed(string[] before, string[] after)
    {
        var changed = new List<int>();
        for (var d = 0; d < Math.Max(before.Length, after.Length); d++)
            if (d >= before.Length || d >= after.Length || before[d] != after[d])
                changed.Add(d);
        return [.. changed];
    }

    static bool SameValues(FacetIndex facets, string[][] before) =>
        facets.Facets.Count == before.Length &&
        facets.Facets.Select((f, i) => f.Values.Select(v => v.Value).SequenceEqual(before[i], StringComparer.Ordinal)).All(x => x);

    static byte[] Resized(byte[] norms, int count)
    {
        var resized = new byte[count];
        Array.Copy(norms, resized, Math.Min(count, norms.Length));
        return resized;
    }

    /// <summary>Gives the documents of a small index built over <paramref name="numbers"/> their numbers in the archive.</summary>
    static void Renumber(InvertedIndex index, int[] numbers)
    {
        foreach (var lists in index.Terms.Values)
            foreach (var list in lists)
                if (list is not null)
                    for (var i = 0; i < list.Docs.Count; i++)
                        list.Docs[i] = numbers[list.Docs[i]];
    }

    /// <summary>Per field, the published postings without the changed documents, with the changed documents' new postings merged in.</summary>
    static FieldPostings?[] Merge(FieldPostings?[] published, HashSet<int> changed, FieldPostings?[]? fresh)
    {
        var merged = new FieldPostings?[published.Length];
        for (var f = 0; f < published.Length; f++)
        {
            var (a, b) = (published[f], fresh?[f]);
            var result = new FieldPostings();
            var (i, j, pa, pb) = (0, 0, 0, 0);
            var (na, nb) = (a?.Docs.Count ?? 0, b?.Docs.Count ?? 0);
            while (i < na || j < nb)
            {
                var takeA = j >= nb || (i < na && a!.Docs[i] < b!.Docs[j]);
                var (from, at, start) = takeA ? (a!, i++, pa) : (b!, j++, pb);
                var freq = from.Freqs[at];
                if (takeA)
                    pa += freq;
                else
                    pb += freq;
                if (takeA && changed.Contains(from.Docs[at]))
                    continue;
                result.Docs.Add(from.Docs[at]);
                result.Freqs.Add(freq);
                for (var k = start; k < start + freq; k++)
                    result.Positions.Add(from.Positions[k]);
            }
            merged[f] = result.Docs.Count == 0 ? null : result;
        }
        return merged;
    }

    static string[] OwnNamesAfter(string[] before, string[] terms, (TermHeader? Old, TermExport? New, OwnTermUpdate.Result? Blocks)[] updates)
    {
        var names = before.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            if (updates[i].Old is { X: null } h)
                names.Remove(h.F ?? OwnFiles.Name(terms[i]));
            if (updates[i].New?.OwnName is { } name)
                names.Add(name);
        }
        return [.. names.Order(StringComparer.Ordinal)];
    }

    static long Chars(string[]? texts) => texts?.Sum(x => (long)x.Length + 3) ?? 0;
}
