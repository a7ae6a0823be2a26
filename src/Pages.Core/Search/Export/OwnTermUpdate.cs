using System.Runtime.InteropServices;
using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// Updates a large term (one with files of its own) block by block. When the changed documents
/// leave the term's document counts the same once rounded to powers of two, its weights and so
/// every impact stay as they were (<see cref="ImpactScore"/>): each changed document's old and new
/// posting has a known place in the impact order, the cache's <see cref="OwnTermState.Keys"/> say
/// which block that is, and those blocks are read and cut again (<see cref="BlockCuts"/>), with the
/// next ones as long as the new cuts fall elsewhere than the old (or the term's last blocks, which
/// may become more or fewer). A frequent term has dozens of blocks; an edited article, or one split
/// in two, usually touches two or three.
/// Gives the bytes <see cref="TermBlocks.Make"/> would give for the whole list (the incremental
/// build tests compare every file with a clean build's).
/// </summary>
internal static class OwnTermUpdate
{
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
    /// The update, or null when it cannot be done block by block (its rounded document counts
    /// changed, it would go inline, a file is unreadable or not as the cache says): the caller
    /// then redoes the whole term.
    /// </summary>
    public static Result? Try(string term, TermHeader header, OwnTermState state, Change change, SearchExportOptions options, PublishedBuckets published)
    {
        var fields = header.Df.Length;
        var pool = PostingPool.Empty(fields);
        var removed = Entries(pool, change.Before, change.NormsBefore);
        var added = Entries(pool, change.After, change.NormsAfter);
        var df = (int[])header.Df.Clone();
        foreach (var (list, sign) in new[] { (removed, -1), (added, 1) })
            foreach (var e in list)
                for (var f = 0; f < fields; f++)
                    if (pool.Freq(e, f) > 0)
                        df[f] += sign;
        var n = header.N - removed.Count + added.Count;
        if (n <= 0 || !ImpactScore.SameWeights(df, n, header.Df, header.N) || state.Keys.Length != header.S.Length)
            return null;

        var weights = ImpactScore.Weights(df, n);
        void Score(int e) => pool.SetKey(e, ImpactScore.Key(ImpactScore.Score(weights, pool.Freqs(e), pool.Norms(e)), pool.Doc(e)));
        foreach (var e in removed)
            Score(e);
        foreach (var e in added)
            Score(e);
        var name = OwnFiles.Name(term);
        var blocks = header.S.Length;
        var (frontiers, keys, chars) = (header.S.ToList(), state.Keys.ToList(), state.Chars);
        var writes = new List<(string Key, object Data)>();
        // The map's changes: a document whose posting goes, comes, or moves to another block.
        var mapChanges = new SortedDictionary<int, int>();
        foreach (var e in removed)
            mapChanges[pool.Doc(e)] = -1;
        var (oldTexts, oldPieces) = (new Dictionary<int, string>(), new Dictionary<int, string[]>());
        string? oldCounts = null, firstPostings = null;
        var touched = Touched(state.Keys, pool, removed, added);
        var decoded = decodeScratch is { } d && d.Fields == fields ? d : decodeScratch = new BlockPostings(fields);
        for (var from = 0; from < blocks; from++)
        {
            if (!touched[from])
                continue;
            // The touched block and those after it, one more at a time, until the blocks cut again
            // from its start end where one of them ended (the cuts depend on the postings alone).
            var (to, read, members, block) = (from - 1, pool.ReadBack, pool.Members, pool.OneBlock);
            read.Clear();
            List<int>? ends;
            while (true)
            {
                if (++to == blocks)
                    return null;
                if (published.OwnBlock(SearchShards.OwnBlock(name, to)) is not { } file
                    || !BlockCodec.DecodePostings(file.P, decoded)
                    || OwnPositionFiles.Pieces(name, to, BlockCodec.PieceEnds(decoded, options.PiecePositions).Count, published.OwnText) is not { } pieces
                    || !BlockCodec.DecodePositions(pieces, decoded, options.PiecePositions))
                    return null;
                (oldTexts[to], oldPieces[to], oldCounts) = (file.P, pieces, to == 0 ? file.C : oldCounts);
                var first = pool.Count;
                pool.AddAll(decoded, to);
                for (var e = first; e < pool.Count; e++)
                {
                    Score(e);
                    read.Add(e);
                }
                var readKeys = pool.SortByKey(read);
                var (low, high, last) = (from == 0 ? long.MinValue : state.Keys[from - 1], state.Keys[to], to == blocks - 1);
                bool Within(int e) => pool.Key(e) > low && (pool.Key(e) <= high || last);
                // Every old posting of a changed document must be where its key says.
                foreach (var r in removed)
                    if (Within(r) && pool.Keys(readKeys).BinarySearch(pool.Key(r)) < 0)
                        return null;
                members.Clear();
                foreach (var e in read)
                    if (!change.Docs.Contains(pool.Doc(e)))
                        members.Add(e);
                foreach (var e in added)
                    if (Within(e))
                        members.Add(e);
                pool.SortByKey(members);
                ends = Cut(pool, members, from, last, options);
                // The blocks read again are cut as before, or they are the term's last ones, which
                // may be cut in more or fewer (no later block's name changes).
                if (ends is not null && (ends.Count == to - from + 1 || last))
                    break;
            }
            if (from + ends.Count == 0)
                return null; // no posting left: the term goes
            var newEnd = from + ends.Count;
            if (newEnd != to + 1)
            {
                for (var b = newEnd; b <= to; b++)
                {
                    writes.Add((SearchShards.OwnBlock(name, b), null!));
                    for (var piece = 0; piece < oldPieces[b].Length; piece++)
                        writes.Add((SearchShards.OwnPositions(name, b, piece), null!));
                    chars -= oldTexts[b].Length;
                }
                frontiers.RemoveRange(Math.Min(newEnd, frontiers.Count), frontiers.Count - Math.Min(newEnd, frontiers.Count));
                keys.RemoveRange(Math.Min(newEnd, keys.Count), keys.Count - Math.Min(newEnd, keys.Count));
                while (frontiers.Count < newEnd)
                {
                    frontiers.Add("");
                    keys.Add(0L);
                }
            }
            for (var (b, start) = (from, 0); b < newEnd; start = ends[b - from], b++)
            {
                block.Clear();
                block.AddRange(CollectionsMarshal.AsSpan(members)[start..ends[b - from]]);
                foreach (var e in block)
                    if (pool.Block(e) != b)
                        mapChanges[pool.Doc(e)] = b;
                if (b <= to && SameAsRead(pool, block, read, b, change.Docs))
                    continue;
                frontiers[b] = Frontier.Of(block.Count, fields, (i, point) => Point(pool, block[i], point));
                keys[b] = pool.Key(block[^1]);
                pool.SortByDoc(block);
                var (postings, positions) = Encode(pool, block, options.PiecePositions);
                chars += postings.Length - (b <= to ? oldTexts[b].Length : 0);
                if (b == 0)
                    firstPostings = postings;
                writes.Add((SearchShards.OwnBlock(name, b), new OwnBlockFile(postings, null)));
                // Pieces as they were are not written again (most of a block's, when its change is near its end).
                var (before, after) = (b <= to ? oldPieces[b] : [], positions.Split(BlockCodec.PieceSeparator));
                for (var piece = 0; piece < Math.Max(before.Length, after.Length); piece++)
                    if (piece >= after.Length)
                        writes.Add((SearchShards.OwnPositions(name, b, piece), null!));
                    else if (piece >= before.Length || before[piece] != after[piece])
                        writes.Add((SearchShards.OwnPositions(name, b, piece), after[piece]));
            }
            if (to == blocks - 1)
                break;
            from = to;
        }
        if (!options.HasOwnFiles(chars))
            return null;
        // Parts of the map whose text changed, and those it no longer has removed.
        if (BlockMapUpdate.Apply(p => published.OwnText(SearchShards.OwnMap(name, p)), header.M, blocks, frontiers.Count,
            [.. mapChanges.Select(c => (c.Key, c.Value))], options.MapPart) is not { } map)
            return null;
        foreach (var (p, text) in map.Writes)
            writes.Add((SearchShards.OwnMap(name, p), text!));

        // The term's counts per facet value change by the values the changed documents had and have.
        var delta = new Dictionary<int, int>();
        foreach (var e in removed)
            foreach (var v in change.ValuesBefore(pool.Doc(e)))
                delta[v] = delta.GetValueOrDefault(v) - 1;
        foreach (var e in added)
            foreach (var v in change.ValuesAfter(pool.Doc(e)))
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
        var newHeader = new TermHeader(n, df, null, [.. frontiers], null, null, map.Starts);
        return new Result(new TermExport(term, newHeader, TermBlocks.None, counts ?? "", name), new OwnTermState([.. keys], chars), writes);
    }

    /// <summary>
    /// Whether block <paramref name="b"/> cut again holds the postings it was read with, in the same
    /// order, none of a changed document: its files stay as they are.
    /// </summary>
    static bool SameAsRead(PostingPool pool, List<int> block, List<int> read, int b, HashSet<int> changed)
    {
        var i = 0;
        foreach (var e in read)
        {
            if (pool.Block(e) != b)
                continue;
            if (i == block.Count || block[i] != e || changed.Contains(pool.Doc(e)))
                return false;
            i++;
        }
        return i == block.Count;
    }

    /// <summary>
    /// The blocks a changed document's old or new posting is in (a posting more or fewer moves no
    /// other block's boundary: <see cref="BlockCuts"/>; where it does, the update reads on).
    /// </summary>
    static bool[] Touched(long[] lastKeys, PostingPool pool, List<int> removed, List<int> added)
    {
        var touched = new bool[lastKeys.Length];
        foreach (var e in removed.Concat(added))
            touched[BlockOf(lastKeys, pool.Key(e))] = true;
        return touched;
    }

    /// <summary>
    /// Where the blocks from <paramref name="first"/> end in <paramref name="members"/> (their postings
    /// in impact order), as <see cref="TermBlocks.Make"/> cuts them; null when the last of them does
    /// not end with the members (a cut falls in the blocks after them), unless they are the term's last.
    /// </summary>
    static List<int>? Cut(PostingPool pool, List<int> members, int first, bool last, SearchExportOptions options)
    {
        var ends = new List<int>();
        for (var start = 0; start < members.Count;)
        {
            var end = BlockCuts.End(start, members.Count, first + ends.Count, i => pool.Doc(members[i]), options);
            if (end < 0 && !last)
                return null;
            start = end < 0 ? members.Count : end;
            ends.Add(start);
        }
        return ends;
    }

    /// <summary>The block a posting with this key is in (or would go in): the first whose last key is not below it.</summary>
    static int BlockOf(long[] lastKeys, long key)
    {
        var at = Array.BinarySearch(lastKeys, key);
        return Math.Min(at >= 0 ? at : ~at, lastKeys.Length - 1);
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

    static void Point(PostingPool pool, int e, Span<int> point)
    {
        for (var f = 0; f < pool.Fields; f++)
            (point[f * 2], point[f * 2 + 1]) = pool.Freq(e, f) > 0 ? (pool.Freq(e, f), pool.Norm(e, f)) : (0, 0);
    }

    /// <summary>Postings of changed documents (numbered in the archive), one per document, in document order.</summary>
    static List<int> Entries(PostingPool pool, FieldPostings?[]? lists, byte[][] norms)
    {
        var byDoc = new SortedDictionary<int, int>();
        for (var f = 0; f < pool.Fields; f++)
        {
            if (lists?[f] is not { } list)
                continue;
            var positions = CollectionsMarshal.AsSpan(list.Positions);
            var at = 0;
            for (var i = 0; i < list.Docs.Count; i++)
            {
                var doc = list.Docs[i];
                if (!byDoc.TryGetValue(doc, out var e))
                    byDoc[doc] = e = pool.Add(doc, -1);
                pool.Field(e, f, norms[f][doc], positions.Slice(at, list.Freqs[i]));
                at += list.Freqs[i];
            }
        }
        return [.. byDoc.Values];
    }

    /// <summary>As <see cref="TermBlocks"/> encodes a block: postings and positions, in document order.</summary>
    static (string Postings, string Positions) Encode(PostingPool pool, List<int> members, int piecePositions)
    {
        var fields = pool.Fields;
        var block = scratch is { } s && s.Fields == fields ? s : scratch = new BlockPostings(fields);
        block.Clear();
        foreach (var e in members)
        {
            block.Add(pool.Doc(e));
            for (var f = 0; f < fields; f++)
                if (pool.Freq(e, f) > 0)
                    block.Field(f, pool.Norm(e, f), pool.Positions(e, f));
        }
        return BlockCodec.Encode(block, piecePositions);
    }

    [ThreadStatic]
    static BlockPostings? scratch, decodeScratch;
}
