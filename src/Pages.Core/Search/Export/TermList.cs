using System.Buffers;

namespace Pages.Search.Export;

/// <summary>
/// One term's postings over every searchable field, merged by document (one list serves the
/// term's clause, an OR over the fields), with each document's impact (the export's order). Arrays
/// indexing into the per-field lists rather than an object per posting: the export handles tens of
/// millions of postings.
/// </summary>
public sealed class TermList
{
    public required string Term { get; init; }

    /// <summary>Lucene's docFreq per field.</summary>
    public required int[] DocFreqs { get; init; }

    public required FieldPostings?[] Fields { get; init; }

    /// <summary>Documents holding the term in any field, ascending.</summary>
    public required int[] Docs { get; init; }

    /// <summary>Per document and field (Docs.Length × fields), its index in that field's list, -1 where absent (lent, see <see cref="Release"/>).</summary>
    public int[] Slots { get; private set; } = [];

    /// <summary>Per document and field, where its positions start in that field's list (lent).</summary>
    public int[] PositionStarts { get; private set; } = [];

    /// <summary>Per document its <see cref="ImpactScore"/>, which orders the export's blocks (lent).</summary>
    public float[] Scores { get; private set; } = [];

    /// <summary>
    /// Gives <see cref="Slots"/>, <see cref="PositionStarts"/> and <see cref="Scores"/> back to the
    /// pool they were lent from, once the term's blocks are made; only its documents and docFreqs
    /// stay readable. Made new for every term, they were 0.8 GB of a cold 5,000-page build's
    /// allocations, each array cleared by the runtime and then filled.
    /// </summary>
    public void Release()
    {
        if (Scores.Length == 0 && Slots.Length == 0)
            return;
        ArrayPool<int>.Shared.Return(Slots);
        ArrayPool<int>.Shared.Return(PositionStarts);
        ArrayPool<float>.Shared.Return(Scores);
        (Slots, PositionStarts, Scores) = ([], [], []);
    }

    public int Count => Docs.Length;

    public int FieldCount => Fields.Length;

    public int Freq(int i, int f) => Slots[i * FieldCount + f] is var s and >= 0 ? Fields[f]!.Freqs[s] : 0;

    /// <summary>Which fields hold the term in the i-th document, one bit per field.</summary>
    public int Mask(int i)
    {
        var mask = 0;
        for (var f = 0; f < FieldCount; f++)
            if (Slots[i * FieldCount + f] >= 0)
                mask |= 1 << f;
        return mask;
    }

    /// <summary>Merges the field lists (each in document order) and scores every document.</summary>
    public static TermList Make(string term, FieldPostings?[] fields, byte[][] norms)
    {
        var count = fields.Length;
        var docFreqs = fields.Select(l => l?.Docs.Count ?? 0).ToArray();
        // Two passes over the merge, counting the documents first, so every array is made once at
        // its size: growing lists was half the cost of the export's tens of millions of postings.
        var merged = Merge(fields, docFreqs, null, null, null);
        var (docs, slots, positionStarts) = (new int[merged], Lent<int>(merged * count), Lent<int>(merged * count));
        Merge(fields, docFreqs, docs, slots, positionStarts);
        var list = new TermList
        {
            Term = term, DocFreqs = docFreqs, Fields = fields, Docs = docs, Slots = slots,
            PositionStarts = positionStarts, Scores = Lent<float>(merged),
        };
        var weights = ImpactScore.Weights(docFreqs, merged);
        Span<int> freqs = stackalloc int[count];
        Span<byte> docNorms = stackalloc byte[count];
        for (var i = 0; i < list.Count; i++)
        {
            for (var f = 0; f < count; f++)
            {
                freqs[f] = list.Freq(i, f);
                docNorms[f] = norms[f][list.Docs[i]];
            }
            list.Scores[i] = ImpactScore.Score(weights, freqs, docNorms);
        }
        return list;
    }

    /// <summary>An array of at least <paramref name="length"/> from the shared pool (every element is written before it is read).</summary>
    static T[] Lent<T>(int length) => length == 0 ? [] : ArrayPool<T>.Shared.Rent(length);

    /// <summary>Walks the field lists in document order; fills the arrays when given; returns the number of documents.</summary>
    static int Merge(FieldPostings?[] fields, int[] docFreqs, int[]? docs, int[]? slots, int[]? positionStarts)
    {
        var count = fields.Length;
        Span<int> next = stackalloc int[count];
        Span<int> starts = stackalloc int[count];
        var merged = 0;
        while (true)
        {
            var doc = int.MaxValue;
            for (var f = 0; f < count; f++)
                if (next[f] < docFreqs[f])
                    doc = Math.Min(doc, fields[f]!.Docs[next[f]]);
            if (doc == int.MaxValue)
                return merged;
            if (docs is not null)
                docs[merged] = doc;
            for (var f = 0; f < count; f++)
            {
                var at = merged * count + f;
                if (next[f] < docFreqs[f] && fields[f]!.Docs[next[f]] == doc)
                {
                    if (slots is not null)
                        (slots[at], positionStarts![at]) = (next[f], starts[f]);
                    starts[f] += fields[f]!.Freqs[next[f]];
                    next[f]++;
                }
                else if (slots is not null)
                {
                    (slots[at], positionStarts![at]) = (-1, 0);
                }
            }
            merged++;
        }
    }
}
