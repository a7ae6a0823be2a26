using System.Runtime.InteropServices;

namespace Pages.Search.Export;

/// <summary>
/// One contiguous range of documents inverted for <see cref="InvertedIndex"/>, in two passes over
/// its tokens. The first counts each term's documents and positions per field (and sets the norms);
/// once every range has counted, the index makes each list at its final size, and the second pass
/// writes this range's postings into them at the range's place (<see cref="Fill"/>). Lists grown
/// as tokens came were made two to three times over, 1.4 GB for 5,000 pages' 41 million tokens,
/// and a cold build's fresh memory costs the system a fault per page: that was most of inverting.
/// </summary>
internal sealed class RangeInversion
{
    readonly Func<int, int, string> text;
    readonly int from, to, fields;
    readonly TermKeys keys = new();

    /// <summary>Term key → the term's number in this range, in the order first met.</summary>
    readonly Dictionary<long, int> numbers = [];

    /// <summary>Per term number × fields + field: documents and positions counted, and the last document counted.</summary>
    readonly List<int> docCounts = [], positionCounts = [], lastDocs = [];

    public long[] Sums { get; }

    public RangeInversion(Func<int, int, string> text, int from, int to, byte[][] norms)
    {
        (this.text, this.from, this.to, fields) = (text, from, to, norms.Length);
        Sums = new long[fields];
        Count(norms);
    }

    /// <summary>Each term this range holds, with its key's term and its number.</summary>
    public IEnumerable<(string Term, int Number)> Terms => numbers.Select(n => (keys.Term(n.Key), n.Value));

    public int Docs(int number, int field) => docCounts[number * fields + field];

    public int Positions(int number, int field) => positionCounts[number * fields + field];

    void Count(byte[][] norms)
    {
        var (doc, f, length, tokens, last) = (0, 0, 0, 0, -1);
        void Add(long key, int position)
        {
            tokens++;
            if (position != last)
                length++; // a token at position increment 0 (a bigram) does not count in the norm
            last = position;
            var slot = Slot(key) + f;
            if (lastDocs[slot] != doc)
            {
                lastDocs[slot] = doc;
                docCounts[slot]++;
            }
            positionCounts[slot]++;
        }
        Action<long, int> add = Add;
        for (doc = from; doc < to; doc++)
        {
            for (f = 0; f < fields; f++)
            {
                (length, tokens, last) = (0, 0, -1);
                keys.Tokenize(text(doc, f), add);
                if (tokens == 0)
                    continue;
                norms[f][doc] = FieldNorm.Encode(length);
                Sums[f] += tokens;
            }
        }
    }

    int Slot(long key)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var known);
        if (!known)
        {
            number = numbers.Count - 1;
            for (var i = 0; i < fields; i++)
            {
                docCounts.Add(0);
                positionCounts.Add(0);
                lastDocs.Add(-1);
            }
        }
        return number * fields;
    }

    /// <summary>
    /// The second pass: writes this range's postings into <paramref name="lists"/> (per term number
    /// × fields + field, made at their final sizes), from <paramref name="docStarts"/> and
    /// <paramref name="positionStarts"/> on, through a buffer of at most <paramref name="batchSize"/>
    /// tokens (no larger than the range's tokens: a rebuild inverts a few changed articles).
    /// </summary>
    public void Fill(FieldPostings?[] lists, int[] docStarts, int[] positionStarts, int batchSize)
    {
        var batch = new PostingsBatch(lists, docStarts, positionStarts, (int)Math.Clamp(Sums.Sum(), 1, batchSize));
        var (doc, f) = (0, 0);
        Action<long, int> add = (key, position) => batch.Add(numbers[key] * fields + f, doc, position);
        for (doc = from; doc < to; doc++)
            for (f = 0; f < fields; f++)
                keys.Tokenize(text(doc, f), add);
        batch.Flush();
    }
}
