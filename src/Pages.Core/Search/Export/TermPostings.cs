using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pages.Search.Export;

/// <summary>One document's occurrences of a term: per searchable field its frequency, norm byte and positions.</summary>
public sealed class TermOccurrence(int doc, int fields)
{
    public int Doc { get; } = doc;

    public int[] Freqs { get; } = new int[fields];

    public byte[] Norms { get; } = new byte[fields];

    public int[][] Positions { get; } = new int[fields][];

    public float Score { get; set; }

    /// <summary>Which fields hold the term, one bit per field in <see cref="SearchFields.Weighted"/> order.</summary>
    public int Mask
    {
        get
        {
            var mask = 0;
            for (var f = 0; f < Freqs.Length; f++)
                if (Freqs[f] > 0)
                    mask |= 1 << f;
            return mask;
        }
    }
}

/// <summary>
/// Reads a term's postings in every searchable field of the one-segment index, merged by document,
/// so one list serves the term's clause (an OR over the fields). Read term by term to keep memory
/// to one term's postings however large the archive.
/// </summary>
public sealed class TermPostings
{
    readonly AtomicReader leaf;
    readonly TermsEnum?[] enums;
    readonly NumericDocValues?[] norms;
    DocsAndPositionsEnum? reuse;

    public TermPostings(AtomicReader leaf)
    {
        this.leaf = leaf;
        var fields = SearchFields.Weighted;
        enums = [.. fields.Select(f => leaf.GetTerms(f.Name)?.GetEnumerator())];
        norms = [.. fields.Select(f => leaf.GetNormValues(f.Name))];
    }

    /// <summary>Every term of every searchable field, in ordinal order.</summary>
    public SortedSet<string> AllTerms()
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in SearchFields.Weighted)
        {
            var terms = leaf.GetTerms(name)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
                all.Add(terms.Term.Utf8ToString());
        }
        return all;
    }

    /// <summary>The term's occurrences by document, and its document frequency per field.</summary>
    public (List<TermOccurrence> Docs, int[] DocFreqs) Read(string term)
    {
        var count = enums.Length;
        var byDoc = new SortedDictionary<int, TermOccurrence>();
        var docFreqs = new int[count];
        var bytes = new BytesRef(term);
        for (var f = 0; f < count; f++)
        {
            var termsEnum = enums[f];
            if (termsEnum is null || !termsEnum.SeekExact(bytes))
                continue;
            docFreqs[f] = termsEnum.DocFreq;
            reuse = termsEnum.DocsAndPositions(null, reuse);
            int doc;
            while ((doc = reuse.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (!byDoc.TryGetValue(doc, out var occurrence))
                    byDoc[doc] = occurrence = new TermOccurrence(doc, count);
                var freq = reuse.Freq;
                occurrence.Freqs[f] = freq;
                occurrence.Norms[f] = (byte)(norms[f]!.Get(doc) & 0xFF);
                var positions = occurrence.Positions[f] = new int[freq];
                for (var i = 0; i < freq; i++)
                    positions[i] = reuse.NextPosition();
            }
        }
        return ([.. byDoc.Values], docFreqs);
    }
}
