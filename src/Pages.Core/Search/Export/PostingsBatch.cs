using System.Runtime.InteropServices;

namespace Pages.Search.Export;

/// <summary>
/// Tokens on their way into <see cref="InvertedIndex"/>'s lists, which are made at their final
/// sizes (<see cref="RangeInversion"/>): each (list, document, position) is first written in order
/// into a buffer, and a full buffer is sorted by list and written a list at a time. Writing each
/// token straight into its list touches a different list at almost every token, tens of thousands
/// of them on a large archive. Over 5,008 pages' 41 million tokens, on one thread and with the
/// memory already the process's, appending through a buffer of 64 K tokens took 3.8–4.7 s against
/// 5.2–8.4 s straight (2026-11-24). With 47,000 lists a 64 K buffer still gave most lists a token
/// or two each; a buffer of 1 M tokens (20 MB a range) gives them a run: the whole inverted index,
/// cold, 2.9–3.6 s (5.3–6.1 s of processor) instead of 5.1–5.6 s (8.1–8.6 s),
/// `PAGES_PROFILE_INVERT=3 … index-profile`, 2026-11-24 20:30 UTC.
/// </summary>
internal sealed class PostingsBatch(FieldPostings?[] lists, int[] docAt, int[] positionAt, int size = PostingsBatch.DefaultSize)
{
    public const int DefaultSize = 1 << 20;
    readonly int[] slots = new int[size], docs = new int[size], positions = new int[size];
    readonly int[] sortedDocs = new int[size], sortedPositions = new int[size];
    readonly List<int> distinct = [];
    readonly int[] counts = new int[lists.Length];
    readonly int[] lastDocs = Enumerable.Repeat(-1, lists.Length).ToArray();
    int count;

    /// <summary>Adds a token of list <paramref name="slot"/>; documents come in ascending order, and a document's positions in order.</summary>
    public void Add(int slot, int doc, int position)
    {
        if (count == size)
            Flush();
        (slots[count], docs[count], positions[count]) = (slot, doc, position);
        count++;
    }

    /// <summary>Writes the buffered tokens into their lists, in order.</summary>
    public void Flush()
    {
        distinct.Clear();
        for (var i = 0; i < count; i++)
            if (counts[slots[i]]++ == 0)
                distinct.Add(slots[i]);
        // Each list's tokens get a run of the sorted buffer, in the order they came.
        var at = 0;
        foreach (var slot in distinct)
            (counts[slot], at) = (at, at + counts[slot]);
        for (var i = 0; i < count; i++)
        {
            var to = counts[slots[i]]++;
            (sortedDocs[to], sortedPositions[to]) = (docs[i], positions[i]);
        }
        var start = 0;
        foreach (var slot in distinct)
        {
            var end = counts[slot];
            counts[slot] = 0;
            Write(slot, start, end);
            start = end;
        }
        count = 0;
    }

    void Write(int slot, int start, int end)
    {
        var list = lists[slot]!;
        sortedPositions.AsSpan(start, end - start).CopyTo(CollectionsMarshal.AsSpan(list.Positions)[positionAt[slot]..]);
        positionAt[slot] += end - start;
        var listDocs = CollectionsMarshal.AsSpan(list.Docs);
        var freqs = CollectionsMarshal.AsSpan(list.Freqs);
        var next = docAt[slot];
        for (var i = start; i < end; i++)
        {
            // A document's tokens may have begun in the batch before.
            if (sortedDocs[i] == lastDocs[slot])
            {
                freqs[next - 1]++;
                continue;
            }
            lastDocs[slot] = sortedDocs[i];
            (listDocs[next], freqs[next]) = (sortedDocs[i], 1);
            next++;
        }
        docAt[slot] = next;
    }
}
