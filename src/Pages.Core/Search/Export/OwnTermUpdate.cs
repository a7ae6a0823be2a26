using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// Updates a large term (one with files of its own) block by block. When the changed documents
/// leave the term's documents per field as many as they were, its weights and so every impact
/// stay as they were (<see cref="ImpactScore"/>): each changed document's old and new posting has
/// a known place in the impact order, the cache's <see cref="OwnTermState.Keys"/> say which block
/// that is, and only the blocks between the first and the last such place are read and written
/// again. A frequent term has dozens of blocks; an edited article usually touches one or two.
/// Gives the bytes <see cref="TermBlocks.Make"/> would give for the whole list (the incremental
/// build tests compare every file with a clean build's).
/// </summary>
internal static class OwnTermUpdate
{
    /// <summary>A posting: per field its frequency, norm byte and positions.</summary>
    sealed class Entry(int doc, int fields)
    {
        public int Doc { get; } = doc;
        public int[] Freq { get; } = new int[fields];
        public byte[] Norm { get; } = new byte[fields];
        public int[]?[] Positions { get; } = new int[]?[fields];
        public long Key { get; set; }

        /// <summary>The published block it was read from; -1 for a changed document's new posting.</summary>
        public int Block { get; init; } = -1;

        public int Mask()
        {
            var mask = 0;
            for (var f = 0; f < Freq.Length; f++)
                if (Freq[f] > 0)
                    mask |= 1 << f;
            return mask;
        }
    }

    /// <summary>The changed documents' postings of one term, before and after, and the facet values they had and have.</summary>
    public sealed record Change(
        HashSet<int> Docs,
        FieldPostings?[]? Before,
        byte[][] NormsBefore,
        FieldPostings?[]? After,
        byte[][] NormsAfter,
        Func<int, int[]> ValuesBefore,
        Func<int, int[]> ValuesAfter);

    /// <summary>What changes: the term's new header, its state, the files to write (key, data; null data: a file to remove).</summary>
    public sealed record Result(TermExport Export, OwnTermState State, List<(string Key, object Data)> Writes);

    /// <summary>
    /// The update, or null when it cannot be done block by block (its documents per field
    /// changed, it would go inline, a file is unreadable or not as the cache says): the caller
    /// then redoes the whole term.
    /// </summary>
    public static Result? Try(string term, TermHeader header, OwnTermState state, Change change, SearchExportOptions options, PublishedBuckets published)
    {
        var fields = header.Df.Length;
        var removed = Entries(change.Before, change.NormsBefore, fields);
        var added = Entries(change.After, change.NormsAfter, fields);
        var df = (int[])header.Df.Clone();
        foreach (var (e, sign) in removed.Select(e => (e, -1)).Concat(added.Select(e => (e, 1))))
            for (var f = 0; f < fields; f++)
                if (e.Freq[f] > 0)
                    df[f] += sign;
        if (removed.Count != added.Count || !df.AsSpan().SequenceEqual(header.Df) || state.Keys.Length != header.S.Length)
            return null;

        var weights = ImpactScore.Weights(df, header.N);
        foreach (var e in removed.Concat(added))
            e.Key = ImpactScore.Key(ImpactScore.Score(weights, e.Freq, e.Norm), e.Doc);
        var name = OwnFiles.Name(term);
        var sizes = Sizes(header.N, options);
        var (frontiers, keys, chars) = ((string[])header.S.Clone(), (long[])state.Keys.Clone(), state.Chars);
        var writes = new List<(string Key, object Data)>();
        var oldMap = Enumerable.Range(0, (header.M?.Length ?? 0) + 1).Select(p => published.OwnText(SearchShards.OwnMap(name, p))).ToArray();
        if (oldMap.Any(p => p is null) || BlockMap.Decode(oldMap!, header.S.Length) is not { } map)
            return null;
        foreach (var e in removed)
            map.Remove(e.Doc);
        var (oldTexts, oldPositions) = (new Dictionary<int, string>(), new Dictionary<int, string>());
        string? oldCounts = null, firstPostings = null;
        foreach (var (from, to) in Runs(Touched(state.Keys, removed, added)))
        {
            var read = new List<Entry>();
            for (var b = from; b <= to; b++)
            {
                if (published.OwnBlock(SearchShards.OwnBlock(name, b)) is not { } file
                    || OwnPositionFiles.Read(name, b, file.P, fields, options.PiecePositions, published.OwnText) is not { } positions
                    || Read(file.P, positions, fields, options.PiecePositions, b) is not { } entries)
                    return null;
                (oldTexts[b], oldPositions[b], oldCounts) = (file.P, positions, b == 0 ? file.C : oldCounts);
                foreach (var e in entries)
                    e.Key = ImpactScore.Key(ImpactScore.Score(weights, e.Freq, e.Norm), e.Doc);
                read.AddRange(entries);
            }
            read.Sort(ByKey);
            var (low, high) = (from == 0 ? long.MinValue : state.Keys[from - 1], state.Keys[to]);
            bool Within(Entry e) => e.Key > low && (e.Key <= high || to == state.Keys.Length - 1);
            // Every old posting of a changed document must be where its key says.
            if (removed.Where(Within).Any(r => read.BinarySearch(r, Comparer<Entry>.Create(ByKey)) < 0))
                return null;
            var members = read.Where(e => !change.Docs.Contains(e.Doc)).Concat(added.Where(Within)).ToList();
            members.Sort(ByKey);
            if (members.Count != read.Count)
                return null;
            var (at, previous) = (0, 0);
            for (var b = from; b <= to; b++)
            {
                var (block, old) = (members.GetRange(at, sizes[b]), read.GetRange(previous, sizes[b]));
                (at, previous) = (at + sizes[b], previous + sizes[b]);
                foreach (var e in block)
                    map[e.Doc] = b;
                if (block.Zip(old).All(p => ReferenceEquals(p.First, p.Second) && !change.Docs.Contains(p.First.Doc)))
                    continue;
                frontiers[b] = Frontier.Of(block.Select(e => Point(e, fields)), fields);
                keys[b] = block[^1].Key;
                block.Sort((x, y) => x.Doc.CompareTo(y.Doc));
                var (postings, positions) = Encode(block, fields, options.PiecePositions);
                chars += postings.Length - oldTexts[b].Length;
                if (b == 0)
                    firstPostings = postings;
                writes.Add((SearchShards.OwnBlock(name, b), new OwnBlockFile(postings, null)));
                writes.AddRange(OwnPositionFiles.Files(name, b, positions).Select(p => (p.Key, (object)p.Text)));
                writes.AddRange(OwnPositionFiles.Dropped(name, b, oldPositions[b], positions).Select(key => (key, (object)null!)));
            }
        }
        if (!options.HasOwnFiles(chars))
            return null;
        // As many documents as before, so as many parts; where each starts may move.
        var (newMap, starts) = BlockMap.Encode(map, header.S.Length, options.MapPart);
        if (newMap.Length != oldMap.Length)
            return null;
        for (var p = 0; p < newMap.Length; p++)
            if (newMap[p] != oldMap[p])
                writes.Add((SearchShards.OwnMap(name, p), newMap[p]));

        // The term's counts per facet value change by the values the changed documents had and have.
        var delta = new Dictionary<int, int>();
        foreach (var e in removed)
            foreach (var v in change.ValuesBefore(e.Doc))
                delta[v] = delta.GetValueOrDefault(v) - 1;
        foreach (var e in added)
            foreach (var v in change.ValuesAfter(e.Doc))
                delta[v] = delta.GetValueOrDefault(v) + 1;
        string? counts = null;
        if (delta.Values.Any(d => d != 0) || firstPostings is not null)
        {
            if (oldCounts is null && published.OwnBlock(SearchShards.OwnBlock(name, 0)) is { } first)
                (oldCounts, oldTexts[0]) = (first.C, first.P);
            if (oldCounts is null)
                return null;
            counts = Adjusted(oldCounts, delta);
            writes.RemoveAll(w => w.Key == SearchShards.OwnBlock(name, 0));
            writes.Add((SearchShards.OwnBlock(name, 0), new OwnBlockFile(firstPostings ?? oldTexts[0], counts)));
        }
        var newHeader = new TermHeader(header.N, df, null, frontiers, null, null, starts);
        return new Result(new TermExport(term, newHeader, TermBlocks.None, counts ?? "", name), new OwnTermState(keys, chars), writes);
    }

    static int ByKey(Entry a, Entry b) => a.Key.CompareTo(b.Key);

    /// <summary>
    /// The blocks to write again: those a changed document's old or new posting is in, and those
    /// whose start moves because more postings entered than left the blocks before it (or fewer).
    /// </summary>
    static bool[] Touched(long[] lastKeys, List<Entry> removed, List<Entry> added)
    {
        var (touched, shift) = (new bool[lastKeys.Length], new int[lastKeys.Length]);
        foreach (var (e, delta) in removed.Select(e => (e, -1)).Concat(added.Select(e => (e, 1))))
        {
            var b = BlockOf(lastKeys, e.Key);
            touched[b] = true;
            shift[b] += delta;
        }
        var moved = 0;
        for (var b = 0; b < lastKeys.Length; b++)
        {
            touched[b] |= moved != 0;
            moved += shift[b];
        }
        return touched;
    }

    /// <summary>Runs of consecutive touched blocks, first and last.</summary>
    static IEnumerable<(int From, int To)> Runs(bool[] touched)
    {
        for (var b = 0; b < touched.Length; b++)
        {
            if (!touched[b])
                continue;
            var from = b;
            while (b + 1 < touched.Length && touched[b + 1])
                b++;
            yield return (from, b);
        }
    }

    /// <summary>The block a posting with this key is in (or would go in): the first whose last key is not below it.</summary>
    static int BlockOf(long[] lastKeys, long key)
    {
        var at = Array.BinarySearch(lastKeys, key);
        return Math.Min(at >= 0 ? at : ~at, lastKeys.Length - 1);
    }

    /// <summary>The blocks' sizes for a list of <paramref name="count"/> postings, as <see cref="TermBlocks.Make"/> cuts it.</summary>
    static List<int> Sizes(int count, SearchExportOptions options)
    {
        var (sizes, size) = (new List<int>(), options.FirstBlock);
        for (var left = count; left > 0; left -= sizes[^1])
        {
            sizes.Add(Math.Min(size, left));
            size = Math.Min(size * 2, options.MaxBlock);
        }
        return sizes;
    }

    /// <summary>Facet counts text (<see cref="FacetIndex.Counts"/>) with the changes applied; values whose count falls to 0 left out.</summary>
    static string Adjusted(string counts, Dictionary<int, int> delta)
    {
        var v = PostingsCodec.Read(counts);
        var byValue = new SortedDictionary<int, int>();
        for (var (i, number) = (0, -1); i + 1 < v.Count; i += 2)
        {
            number += v[i];
            byValue[number] = v[i + 1];
        }
        foreach (var (value, d) in delta)
            byValue[value] = byValue.GetValueOrDefault(value) + d;
        var text = new StringBuilder();
        var previous = -1;
        foreach (var (value, count) in byValue)
        {
            if (count <= 0)
                continue;
            PostingsCodec.Write(text, value - previous);
            PostingsCodec.Write(text, count);
            previous = value;
        }
        return text.ToString();
    }

    static int[] Point(Entry e, int fields)
    {
        var point = new int[fields * 2];
        for (var f = 0; f < fields; f++)
            if (e.Freq[f] > 0)
                (point[f * 2], point[f * 2 + 1]) = (e.Freq[f], e.Norm[f]);
        return point;
    }

    /// <summary>A published block's postings, one entry per document; null when malformed.</summary>
    static List<Entry>? Read(string postingsText, string positionsText, int fields, int piecePositions, int block)
    {
        var entries = new List<Entry>();
        var sound = BlockReader.Read(postingsText, positionsText, fields, piecePositions, (doc, f, norm, at) =>
        {
            if (entries.Count == 0 || entries[^1].Doc != doc)
                entries.Add(new Entry(doc, fields) { Block = block });
            var e = entries[^1];
            (e.Freq[f], e.Norm[f], e.Positions[f]) = (at.Length, norm, at);
        });
        return sound ? entries : null;
    }

    /// <summary>Postings of changed documents (numbered in the archive), one entry per document.</summary>
    static List<Entry> Entries(FieldPostings?[]? lists, byte[][] norms, int fields)
    {
        var byDoc = new SortedDictionary<int, Entry>();
        for (var f = 0; f < fields; f++)
        {
            if (lists?[f] is not { } list)
                continue;
            var at = 0;
            for (var i = 0; i < list.Docs.Count; i++)
            {
                var doc = list.Docs[i];
                if (!byDoc.TryGetValue(doc, out var e))
                    byDoc[doc] = e = new Entry(doc, fields);
                (e.Freq[f], e.Norm[f]) = (list.Freqs[i], norms[f][doc]);
                e.Positions[f] = [.. list.Positions.GetRange(at, list.Freqs[i])];
                at += list.Freqs[i];
            }
        }
        return [.. byDoc.Values];
    }

    /// <summary>As <see cref="TermBlocks"/> encodes a block: postings and positions, in document order.</summary>
    static (string Postings, string Positions) Encode(List<Entry> members, int fields, int piecePositions)
    {
        var block = new BlockPostings(fields);
        foreach (var e in members)
        {
            block.Add(e.Doc);
            for (var f = 0; f < e.Freq.Length; f++)
                if (e.Freq[f] > 0)
                    block.Field(f, e.Norm[f], e.Positions[f]);
        }
        return BlockCodec.Encode(block, piecePositions);
    }
}
