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
    /// Indexes the documents in contiguous ranges, one per core, then joins the ranges in order, so
    /// every list stays in document order without sorting.
    /// </summary>
    public static InvertedIndex Build(IReadOnlyList<SearchDocument> docs)
    {
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        return Build(docs.Count, (doc, field) => docs[doc].Field(names[field]));
    }

    /// <summary>Indexes <paramref name="count"/> documents whose field texts (fields in <see cref="SearchFields.Weighted"/> order) <paramref name="text"/> gives.</summary>
    public static InvertedIndex Build(int count, Func<int, int, string> text)
    {
        var fields = SearchFields.Weighted.Count;
        var norms = Enumerable.Range(0, fields).Select(_ => new byte[count]).ToArray();
        var ranges = Math.Max(1, Math.Min(Environment.ProcessorCount, count / 256));
        var parts = new (Dictionary<string, FieldPostings?[]> Terms, long[] Sums)[ranges];
        Parallel.For(0, ranges, r =>
        {
            var (from, to) = ((int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges));
            parts[r] = IndexRange(text, from, to, norms);
        });
        var (terms, sums) = parts[0];
        for (var r = 1; r < ranges; r++)
        {
            for (var f = 0; f < fields; f++)
                sums[f] += parts[r].Sums[f];
            foreach (var (term, later) in parts[r].Terms)
            {
                if (!terms.TryGetValue(term, out var lists))
                {
                    terms[term] = later;
                    continue;
                }
                for (var f = 0; f < fields; f++)
                {
                    if (later[f] is not { } l)
                        continue;
                    if (lists[f] is { } mine)
                        mine.Append(l);
                    else
                        lists[f] = l;
                }
            }
            parts[r] = default;
        }
        return new InvertedIndex(count, norms, sums, terms);
    }

    static (Dictionary<string, FieldPostings?[]>, long[]) IndexRange(Func<int, int, string> text, int from, int to, byte[][] norms)
    {
        var fields = SearchFields.Weighted;
        var keys = new TermKeys();
        var byKey = new Dictionary<long, FieldPostings?[]>();
        var sums = new long[fields.Count];
        var (doc, f, length, tokens, last) = (0, 0, 0, 0, -1);
        void Add(long key, int position)
        {
            tokens++;
            if (position != last)
                length++; // a token at position increment 0 (a bigram) does not count in the norm
            last = position;
            if (!byKey.TryGetValue(key, out var lists))
                byKey[key] = lists = new FieldPostings?[fields.Count];
            var list = lists[f] ??= new FieldPostings();
            if (list.Docs.Count == 0 || list.Docs[^1] != doc)
            {
                list.Docs.Add(doc);
                list.Freqs.Add(0);
            }
            list.Freqs[^1]++;
            list.Positions.Add(position);
        }
        Action<long, int> add = Add;
        for (doc = from; doc < to; doc++)
        {
            for (f = 0; f < fields.Count; f++)
            {
                (length, tokens, last) = (0, 0, -1);
                keys.Tokenize(text(doc, f), add);
                if (tokens == 0)
                    continue;
                norms[f][doc] = FieldNorm.Encode(length);
                sums[f] += tokens;
            }
        }
        var terms = new Dictionary<string, FieldPostings?[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, lists) in byKey)
            terms[keys.Term(key)] = lists;
        return (terms, sums);
    }
}
