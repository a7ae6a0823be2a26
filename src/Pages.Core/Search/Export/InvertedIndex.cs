namespace Pages.Search.Export;

/// <summary>
/// Pages' own inverted index of the searchable fields, built straight from <see cref="SearchTokenizer"/>'s
/// tokens: per term and field its postings (document, frequency, positions), per field and document
/// the norm byte, per field sumTotalTermFreq. It holds exactly what the Lucene index
/// (<see cref="SearchIndex.Build"/>) holds for these fields (the tests compare them term by term), at
/// a fraction of the cost: the export needs no Lucene index written and read back.
/// </summary>
public sealed class InvertedIndex
{
    public int MaxDoc { get; }

    /// <summary>Per field (in <see cref="SearchFields.Weighted"/> order) and document, the norm byte.</summary>
    public byte[][] Norms { get; }

    /// <summary>Per field, every token counted, bigrams included (Lucene's sumTotalTermFreq).</summary>
    public long[] SumTotalTermFreq { get; }

    /// <summary>Term → per field its postings (null where the field lacks it).</summary>
    public Dictionary<string, FieldPostings?[]> Terms { get; }

    InvertedIndex(int maxDoc, byte[][] norms, long[] sums, Dictionary<string, FieldPostings?[]> terms) =>
        (MaxDoc, Norms, SumTotalTermFreq, Terms) = (maxDoc, norms, sums, terms);

    /// <summary>
    /// Indexes the documents in contiguous ranges, one per core, each range's postings written at
    /// its place in lists made at their final sizes (<see cref="RangeInversion"/>), so every list
    /// is in document order without sorting or joining.
    /// </summary>
    public static InvertedIndex Build(IReadOnlyList<SearchDocument?> docs) => Build(docs, Ranges(docs.Count));

    /// <summary>
    /// Indexes <paramref name="docs"/> in <paramref name="ranges"/> ranges, through buffers of
    /// <paramref name="batch"/> tokens (the tests choose both: a small buffer is flushed inside documents).
    /// </summary>
    internal static InvertedIndex Build(IReadOnlyList<SearchDocument?> docs, int ranges, int batch = PostingsBatch.DefaultSize)
    {
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        // A number no article has is a document without text: no postings, norm 0.
        return Build(docs.Count, (doc, field) => docs[doc]?.Field(names[field]) ?? "", ranges, batch);
    }

    /// <summary>One range per core, of at least 256 documents.</summary>
    static int Ranges(int count) => Math.Max(1, Math.Min(Environment.ProcessorCount, count / 256));

    /// <summary>Indexes <paramref name="count"/> documents whose field texts (fields in <see cref="SearchFields.Weighted"/> order) <paramref name="text"/> gives.</summary>
    public static InvertedIndex Build(int count, Func<int, int, string> text) => Build(count, text, Ranges(count));

    static InvertedIndex Build(int count, Func<int, int, string> text, int ranges, int batch = PostingsBatch.DefaultSize)
    {
        var fields = SearchFields.Weighted.Count;
        var norms = Enumerable.Range(0, fields).Select(_ => new byte[count]).ToArray();
        var parts = new RangeInversion[ranges];
        Parallel.For(0, ranges, r => parts[r] = new RangeInversion(text, (int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges), norms));
        // Every term's lists, at their sizes over all ranges, in the order the terms are first met.
        var terms = new Dictionary<string, FieldPostings?[]>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, (int Docs, int Positions)[]>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (term, number) in part.Terms)
            {
                ref var size = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sizes, term, out _);
                size ??= new (int, int)[fields];
                for (var f = 0; f < fields; f++)
                    size[f] = (size[f].Docs + part.Docs(number, f), size[f].Positions + part.Positions(number, f));
            }
        foreach (var (term, size) in sizes)
            terms[term] = [.. size.Select(s => s.Docs == 0 ? null : FieldPostings.OfSize(s.Docs, s.Positions))];
        sizes.Clear();
        // Where each range's postings start in each list: after the ranges before it.
        var filled = terms.ToDictionary(t => t.Key, _ => new (int Docs, int Positions)[fields], StringComparer.Ordinal);
        var places = new (FieldPostings?[] Lists, int[] Docs, int[] Positions)[ranges];
        for (var r = 0; r < ranges; r++)
        {
            var mine = parts[r].Terms.ToList();
            var place = (Lists: new FieldPostings?[mine.Count * fields], Docs: new int[mine.Count * fields], Positions: new int[mine.Count * fields]);
            foreach (var (term, number) in mine)
            {
                var (lists, at) = (terms[term], filled[term]);
                for (var f = 0; f < fields; f++)
                {
                    var slot = number * fields + f;
                    (place.Lists[slot], place.Docs[slot], place.Positions[slot]) = (lists[f], at[f].Docs, at[f].Positions);
                    at[f] = (at[f].Docs + parts[r].Docs(number, f), at[f].Positions + parts[r].Positions(number, f));
                }
            }
            places[r] = place;
        }
        filled.Clear();
        Parallel.For(0, ranges, r => parts[r].Fill(places[r].Lists, places[r].Docs, places[r].Positions, batch));
        var sums = new long[fields];
        foreach (var part in parts)
            for (var f = 0; f < fields; f++)
                sums[f] += part.Sums[f];
        return new InvertedIndex(count, norms, sums, terms);
    }
}
