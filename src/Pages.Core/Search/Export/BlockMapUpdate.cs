using System.Runtime.InteropServices;

namespace Pages.Search.Export;

/// <summary>
/// A large term's <see cref="BlockMap"/> updated part by part, for <see cref="OwnTermUpdate"/>:
/// only the parts that list a changed document are read and cut again, with the next ones as
/// long as the new cuts fall elsewhere than the old (the cuts depend on the documents alone, so
/// past the first that falls where it fell, the rest are as they were). A map of 30,000
/// documents in eight parts was decoded whole, changed and encoded whole for every update, and a
/// document added on an old page moved every later part by one. Gives the parts
/// <see cref="BlockMap.Split"/> gives for the whole map (the incremental build tests compare every
/// file with a clean build's).
/// </summary>
internal static class BlockMapUpdate
{
    /// <summary>The parts to write (index, text; null text: a part the map no longer has) and where the parts after the first start.</summary>
    public sealed record Result(List<(int Part, string? Text)> Writes, int[]? Starts);

    /// <param name="read">A published part's text by index, null when unreadable.</param>
    /// <param name="starts">Where the published parts after the first start (<see cref="TermHeader.M"/>).</param>
    /// <param name="oldBlocks">The term's block count the published map was coded for.</param>
    /// <param name="newBlocks">The term's block count after the update: when it differs every part is coded again.</param>
    /// <param name="changes">Changed documents, ascending, each with its block after the update (-1: no longer in the term).</param>
    /// <param name="part">Documents a part aims at (<see cref="SearchExportOptions.MapPart"/>).</param>
    /// <returns>Null when a part is unreadable or the map is empty after the change.</returns>
    public static Result? Apply(Func<int, string?> read, int[]? starts, int oldBlocks, int newBlocks,
        IReadOnlyList<(int Doc, int Block)> changes, int part)
    {
        starts ??= [];
        var partCount = starts.Length + 1;
        var recode = oldBlocks != newBlocks;
        var (writes, newStarts) = (new List<(int Part, string? Text)>(), new List<int>());
        var (next, c) = (0, 0); // the first published part not yet passed, the first change not yet applied
        while (c < changes.Count || (recode && next < partCount))
        {
            var from = recode ? next : Math.Max(next, PartOf(starts, changes[c].Doc));
            for (var p = next; p < from; p++)
                if (p > 0)
                    newStarts.Add(starts[p - 1]);
            // Part `from` starts where it started: every cut before it is as it was.
            // The run's documents and blocks in lists kept from term to term (a split on an old
            // page reads a part of about 4,096 documents for each of a thousand terms).
            var (docs, blocks, texts) = (docsRead ??= [], blocksRead ??= [], new List<string>());
            docs.Clear();
            blocks.Clear();
            var (to, applied) = (from - 1, c);
            List<int> ends;
            while (true)
            {
                to++;
                if (read(to) is not { } text || !BlockMap.DecodeInto(text, oldBlocks, docs, blocks))
                    return null;
                texts.Add(text);
                var last = to == partCount - 1;
                var limit = last ? int.MaxValue : starts[to];
                for (; applied < changes.Count && changes[applied].Doc < limit; applied++)
                    Change(docs, blocks, changes[applied]);
                ends = BlockMap.PartEnds(docs, part);
                if (last)
                    break;
                // The run ends where a cut falls at its end, as many parts as it had; another
                // number of parts renames every later one, so the run then goes on to the end.
                if (!recode && ends.Count == to - from + 1 && EndsWithCut(docs, ends, part))
                    break;
            }
            if (docs.Count == 0)
                return null;
            c = applied;
            var docSpan = CollectionsMarshal.AsSpan(docs);
            var blockSpan = CollectionsMarshal.AsSpan(blocks);
            for (var (p, start) = (0, 0); p < ends.Count; start = ends[p++])
            {
                var index = from + p;
                if (index > 0)
                    newStarts.Add(docSpan[start]);
                var text = BlockMap.Encode(docSpan.Slice(start, ends[p] - start), blockSpan.Slice(start, ends[p] - start), newBlocks);
                if (index > to || text != texts[index - from])
                    writes.Add((index, text));
            }
            for (var p = from + ends.Count; p <= to; p++)
                writes.Add((p, null));
            next = to + 1;
        }
        for (var p = Math.Max(next, 1); p < partCount; p++)
            newStarts.Add(starts[p - 1]);
        return new Result(writes, newStarts.Count == 0 ? null : [.. newStarts]);
    }

    [ThreadStatic]
    static List<int>? docsRead, blocksRead;

    /// <summary>The published part that lists, or would list, the document.</summary>
    static int PartOf(int[] starts, int doc)
    {
        var at = Array.BinarySearch(starts, doc);
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>Whether the last part of <paramref name="ends"/> ends at a cut of its own, not with the list.</summary>
    static bool EndsWithCut(List<int> docs, List<int> ends, int part)
    {
        var start = ends.Count > 1 ? ends[^2] : 0;
        return BlockCuts.End(start, docs.Count, part, i => docs[i]) == docs.Count;
    }

    /// <summary>Applies one change to documents in ascending order and their blocks.</summary>
    static void Change(List<int> docs, List<int> blocks, (int Doc, int Block) change)
    {
        var at = docs.BinarySearch(change.Doc);
        if (change.Block < 0)
        {
            if (at >= 0)
            {
                docs.RemoveAt(at);
                blocks.RemoveAt(at);
            }
        }
        else if (at >= 0)
            blocks[at] = change.Block;
        else
        {
            docs.Insert(~at, change.Doc);
            blocks.Insert(~at, change.Block);
        }
    }
}
