namespace Pages.Search.Export;

/// <summary>
/// One term's postings over every searchable field, merged by document (one list serves the
/// term's clause, an OR over the fields), with the score that clause gives each document. Arrays
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

    /// <summary>Per document and field (Docs.Length × fields), its index in that field's list, -1 where absent.</summary>
    public required int[] Slots { get; init; }

    /// <summary>Per document and field, where its positions start in that field's list.</summary>
    public required int[] PositionStarts { get; init; }

    public required float[] Scores { get; init; }

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
    public static TermList Make(string term, FieldPostings?[] fields, byte[][] norms, ImpactScore impact)
    {
        var count = fields.Length;
        var docFreqs = fields.Select(l => l?.Docs.Count ?? 0).ToArray();
        var (next, starts) = (new int[count], new int[count]);
        var (docs, slots, positionStarts) = (new List<int>(docFreqs.Max()), new List<int>(), new List<int>());
        while (true)
        {
            var doc = int.MaxValue;
            for (var f = 0; f < count; f++)
                if (next[f] < docFreqs[f])
                    doc = Math.Min(doc, fields[f]!.Docs[next[f]]);
            if (doc == int.MaxValue)
                break;
            docs.Add(doc);
            for (var f = 0; f < count; f++)
            {
                if (next[f] < docFreqs[f] && fields[f]!.Docs[next[f]] == doc)
                {
                    slots.Add(next[f]);
                    positionStarts.Add(starts[f]);
                    starts[f] += fields[f]!.Freqs[next[f]];
                    next[f]++;
                }
                else
                {
                    slots.Add(-1);
                    positionStarts.Add(0);
                }
            }
        }
        var list = new TermList
        {
            Term = term, DocFreqs = docFreqs, Fields = fields, Docs = [.. docs], Slots = [.. slots],
            PositionStarts = [.. positionStarts], Scores = new float[docs.Count],
        };
        var weights = impact.Weights(docFreqs);
        Span<int> freqs = stackalloc int[count];
        Span<byte> docNorms = stackalloc byte[count];
        for (var i = 0; i < list.Count; i++)
        {
            for (var f = 0; f < count; f++)
            {
                freqs[f] = list.Freq(i, f);
                docNorms[f] = norms[f][list.Docs[i]];
            }
            list.Scores[i] = impact.Score(weights, freqs, docNorms);
        }
        return list;
    }
}
