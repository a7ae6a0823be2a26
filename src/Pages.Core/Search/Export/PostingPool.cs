using System.Runtime.InteropServices;

namespace Pages.Search.Export;

/// <summary>
/// The postings one large term's update works on (<see cref="OwnTermUpdate"/>), column by column
/// and referred to by number: per posting its document, impact key and the block it was read from,
/// per posting and field its frequency, norm byte and where its positions start in one array. An
/// article split on an old page has its update read back about a thousand blocks of a thousand
/// postings; an object and three arrays a posting made that update mostly allocating and
/// collecting. One pool a thread, kept from term to term.
/// </summary>
internal sealed class PostingPool
{
    int fields;
    int[] docs = new int[1024], blocks = new int[1024], freqs = new int[4096], starts = new int[4096], positions = new int[16384];
    long[] keys = new long[1024];
    byte[] norms = new byte[4096];
    int positionCount;

    public int Count { get; private set; }

    public int Fields => fields;

    [ThreadStatic]
    static PostingPool? threads;

    /// <summary>This thread's pool, emptied, for postings of <paramref name="fields"/> fields.</summary>
    public static PostingPool Empty(int fields)
    {
        var pool = threads ??= new PostingPool();
        (pool.fields, pool.Count, pool.positionCount) = (fields, 0, 0);
        return pool;
    }

    /// <summary>Lists of postings' numbers the update keeps using (read back, members of the blocks cut again, one block), so that it makes none per block.</summary>
    public List<int> ReadBack { get; } = new(4096);

    /// <inheritdoc cref="ReadBack"/>
    public List<int> Members { get; } = new(4096);

    /// <inheritdoc cref="ReadBack"/>
    public List<int> OneBlock { get; } = new(4096);

    public int Doc(int p) => docs[p];

    public long Key(int p) => keys[p];

    public void SetKey(int p, long key) => keys[p] = key;

    /// <summary>The published block the posting was read from; -1 for a changed document's new posting.</summary>
    public int Block(int p) => blocks[p];

    public int Freq(int p, int f) => freqs[p * fields + f];

    public byte Norm(int p, int f) => norms[p * fields + f];

    public ReadOnlySpan<int> Freqs(int p) => freqs.AsSpan(p * fields, fields);

    public ReadOnlySpan<byte> Norms(int p) => norms.AsSpan(p * fields, fields);

    public ReadOnlySpan<int> Positions(int p, int f) => positions.AsSpan(starts[p * fields + f], freqs[p * fields + f]);

    /// <summary>Starts a posting (no field holds the term yet); its number.</summary>
    public int Add(int doc, int block)
    {
        if (Count == docs.Length)
        {
            Array.Resize(ref docs, Count * 2);
            Array.Resize(ref blocks, Count * 2);
            Array.Resize(ref keys, Count * 2);
        }
        if ((Count + 1) * fields > freqs.Length)
        {
            Array.Resize(ref freqs, freqs.Length * 2);
            Array.Resize(ref norms, freqs.Length);
            Array.Resize(ref starts, freqs.Length);
        }
        (docs[Count], blocks[Count], keys[Count]) = (doc, block, 0);
        freqs.AsSpan(Count * fields, fields).Clear();
        norms.AsSpan(Count * fields, fields).Clear();
        return Count++;
    }

    /// <summary>Field <paramref name="f"/> of posting <paramref name="p"/>: its norm byte and positions (ascending).</summary>
    public void Field(int p, int f, byte norm, ReadOnlySpan<int> at)
    {
        if (positionCount + at.Length > positions.Length)
            Array.Resize(ref positions, Math.Max(positions.Length * 2, positionCount + at.Length));
        at.CopyTo(positions.AsSpan(positionCount));
        (freqs[p * fields + f], norms[p * fields + f], starts[p * fields + f]) = (at.Length, norm, positionCount);
        positionCount += at.Length;
    }

    /// <summary>Adds a decoded block's postings, as read from published block <paramref name="block"/>; their numbers are from the count before to the count after.</summary>
    public void AddAll(BlockPostings decoded, int block)
    {
        var all = CollectionsMarshal.AsSpan(decoded.Positions);
        var at = 0;
        for (var i = 0; i < decoded.Count; i++)
        {
            var p = Add(decoded.Docs[i], block);
            for (var f = 0; f < fields; f++)
            {
                var freq = decoded.Freq(i, f);
                if (freq == 0)
                    continue;
                Field(p, f, decoded.Norm(i, f), all.Slice(at, freq));
                at += freq;
            }
        }
    }

    /// <summary>
    /// Sorts postings' numbers by their keys (unique: a key ends with its document); gives how
    /// many keys <see cref="Keys"/> then holds, in that order, until the next sort.
    /// </summary>
    public int SortByKey(List<int> postings) => Sort(postings, keys);

    /// <summary>The keys of the postings last sorted by <see cref="SortByKey"/>, ascending.</summary>
    public ReadOnlySpan<long> Keys(int count) => sortKeys.AsSpan(0, count);

    /// <summary>Sorts postings' numbers by their documents (unique within a block).</summary>
    public void SortByDoc(List<int> postings) => Sort(postings, docs);

    /// <summary>Sorts postings' numbers by a column, as numbers (no comparer called per pair).</summary>
    int Sort<T>(List<int> postings, T[] by) where T : System.Numerics.IBinaryInteger<T>
    {
        var span = CollectionsMarshal.AsSpan(postings);
        var sorted = SortKeys(span.Length);
        for (var i = 0; i < span.Length; i++)
            sorted[i] = long.CreateTruncating(by[span[i]]);
        sorted.Sort(span);
        return span.Length;
    }

    long[] sortKeys = new long[1024];

    Span<long> SortKeys(int count)
    {
        if (sortKeys.Length < count)
            sortKeys = new long[Math.Max(count, sortKeys.Length * 2)];
        return sortKeys.AsSpan(0, count);
    }
}
