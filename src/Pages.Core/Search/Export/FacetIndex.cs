using System.Globalization;
using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// The facets the client filters by. Their value names go in the start-up file (a few hundred
/// bytes); each value's documents go in a file of their own, f/{value}, loaded only when a reader
/// ticks that value. Values are numbered across all facets in start-up order (township values
/// first), each facet's values in name order, and that number names the file and keys the
/// per-term counts. Name order, not count order, so that a changed count renumbers nothing and
/// leaves every term's counts where they were (the page sorts by count itself).
/// </summary>
public sealed class FacetIndex
{
    public sealed record Facet(string Name, string Label, List<(string Value, List<int> Docs)> Values, bool ByCount);

    public IReadOnlyList<Facet> Facets { get; }

    /// <summary>Per document, the global numbers of its facet values.</summary>
    readonly int[][] valuesOf;

    readonly int valueCount;

    public FacetIndex(IReadOnlyList<SearchDocument> docs)
    {
        Facets =
        [
            Make(docs, "township", "乡镇街道", d => d.Townships, byCount: true),
            Make(docs, "topic", "主题", d => d.Topics, byCount: true),
            Make(docs, "year", "年份", d => d.Year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : [], byCount: false),
            Make(docs, "kind", "类别", d => [d.KindName], byCount: true),
        ];
        var values = docs.Select(_ => new List<int>()).ToArray();
        foreach (var facet in Facets)
            foreach (var (_, list) in facet.Values)
            {
                foreach (var doc in list)
                    values[doc].Add(valueCount);
                valueCount++;
            }
        valuesOf = [.. values.Select(v => v.ToArray())];
    }

    /// <summary>The global numbers of a document's values, ascending.</summary>
    public int[] ValuesOf(int doc) => valuesOf[doc];

    /// <summary>Every value's documents, by global number.</summary>
    public IEnumerable<(int Number, List<int> Docs)> ValueDocs() =>
        Facets.SelectMany(f => f.Values).Select((v, i) => (i, v.Docs));

    /// <summary>
    /// How many of <paramref name="docs"/> have each value, as codec text of (number gap, count)
    /// pairs for the values present: exact filter counts for a one-term query at a few bytes a term.
    /// </summary>
    public string Counts(IEnumerable<int> docs)
    {
        // Counted into an array per thread, one slot per value (a few hundred), touching only the
        // values met: this runs for every term of the archive.
        var counts = scratch is { } mine && mine.Length >= valueCount ? mine : scratch = new int[valueCount];
        var present = new List<int>();
        foreach (var doc in docs)
            foreach (var value in valuesOf[doc])
                if (counts[value]++ == 0)
                    present.Add(value);
        present.Sort();
        var text = new StringBuilder(present.Count * 3);
        var previous = -1;
        foreach (var value in present)
        {
            PostingsCodec.Write(text, value - previous);
            PostingsCodec.Write(text, counts[value]);
            counts[value] = 0;
            previous = value;
        }
        return text.ToString();
    }

    [ThreadStatic]
    static int[]? scratch;

    static Facet Make(IReadOnlyList<SearchDocument> docs, string name, string label, Func<SearchDocument, IEnumerable<string>> values, bool byCount)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 0; doc < docs.Count; doc++)
            foreach (var v in values(docs[doc]).Distinct())
                (map.TryGetValue(v, out var list) ? list : map[v] = []).Add(doc);
        return new Facet(name, label, [.. map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))], byCount);
    }
}
