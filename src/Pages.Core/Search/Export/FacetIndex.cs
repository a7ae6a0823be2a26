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

    /// <summary>A kind's value (made once per kind, not per document).</summary>
    static readonly Dictionary<string, string[]> KindNames = new[] { "新闻", "图片", "公告" }.ToDictionary(k => k, k => new[] { k }, StringComparer.Ordinal);

    /// <summary>The facets, in start-up order: what each is called, shown as, sorted by, and takes from a document.</summary>
    static readonly (string Name, string Label, bool ByCount, Func<SearchDocument, ReadOnlySpan<string>> Of)[] Kinds =
    [
        ("township", "乡镇街道", true, d => d.Townships.AsSpan()),
        ("topic", "主题", true, d => d.Topics.AsSpan()),
        ("year", "年份", false, d => d.Year is { } y ? YearName(y) : []),
        ("kind", "类别", true, d => KindNames.GetValueOrDefault(d.KindName) ?? [d.KindName]),
    ];

    public FacetIndex(IReadOnlyList<SearchDocument?> docs)
    {
        // Each facet's values per document, once: a rebuild makes this for every document of the
        // archive (31,000 at 5,000 pages), so no LINQ pipeline or list per document, and each
        // value of each document looked up once (by name, then by the order of first meeting).
        var perDoc = new int[docs.Count][];
        var facets = new List<Facet>(Kinds.Length);
        var met = new List<int>[Kinds.Length];
        var renumber = new int[Kinds.Length][];
        for (var f = 0; f < Kinds.Length; f++)
        {
            var firstMet = new Dictionary<string, int>(StringComparer.Ordinal);
            var lists = new List<List<int>>();
            var mine = met[f] = new List<int>(docs.Count);
            for (var doc = 0; doc < docs.Count; doc++)
            {
                if (docs[doc] is not { } d)
                    continue;
                var values = Kinds[f].Of(d);
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[..i].IndexOf(values[i]) >= 0)
                        continue;
                    if (!firstMet.TryGetValue(values[i], out var local))
                    {
                        firstMet[values[i]] = local = lists.Count;
                        lists.Add([]);
                    }
                    lists[local].Add(doc);
                    // (document, value met) pairs, in document order, renumbered below.
                    mine.Add(doc);
                    mine.Add(local);
                }
            }
            var ordered = firstMet.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            facets.Add(new Facet(Kinds[f].Name, Kinds[f].Label, [.. ordered.Select(p => (p.Key, lists[p.Value]))], Kinds[f].ByCount));
            renumber[f] = new int[ordered.Count];
            foreach (var (_, local) in ordered)
                renumber[f][local] = valueCount++;
        }
        Facets = facets;
        var scratch = new List<int>();
        var at = new int[Kinds.Length];
        for (var doc = 0; doc < docs.Count; doc++)
        {
            scratch.Clear();
            for (var f = 0; f < Kinds.Length; f++)
            {
                var first = scratch.Count;
                for (var pairs = met[f]; at[f] < pairs.Count && pairs[at[f]] == doc; at[f] += 2)
                    scratch.Add(renumber[f][pairs[at[f] + 1]]);
                // A facet's numbers follow the previous facet's; within one, by name.
                scratch.Sort(first, scratch.Count - first, null);
            }
            // One empty array for every number no article has (most of a page's run).
            perDoc[doc] = scratch.Count == 0 ? [] : [.. scratch];
        }
        valuesOf = perDoc;
    }

    FacetIndex(List<Facet> facets, int[][] valuesOf, int valueCount) =>
        (Facets, this.valuesOf, this.valueCount) = (facets, valuesOf, valueCount);

    /// <summary>
    /// The index of <paramref name="docs"/> made from a published segment's (<paramref name="old"/>):
    /// a document with the hash it had keeps its values' numbers, only the others are looked at.
    /// Null when the values are not the old ones (a new value, or one no document has any more):
    /// the numbers change, and the segment is exported whole. Made from scratch, the index took a
    /// tenth of a second of every rebuild that changed an article.
    /// </summary>
    public static FacetIndex? Updated(IReadOnlyList<SearchDocument?> docs, ExportState old, IReadOnlyList<string> hashes)
    {
        if (old.DocValues.Length != old.Hashes.Length || old.FacetValues.Length != Kinds.Length)
            return null;
        var numbers = new Dictionary<string, int>[Kinds.Length];
        var valueCount = 0;
        for (var f = 0; f < Kinds.Length; f++)
        {
            numbers[f] = new Dictionary<string, int>(old.FacetValues[f].Length, StringComparer.Ordinal);
            foreach (var value in old.FacetValues[f])
                numbers[f][value] = valueCount++;
        }
        var perDoc = new int[docs.Count][];
        var docsOf = new List<int>[valueCount];
        for (var v = 0; v < valueCount; v++)
            docsOf[v] = [];
        var scratch = new List<int>();
        for (var doc = 0; doc < docs.Count; doc++)
        {
            if (doc < old.Hashes.Length && old.Hashes[doc] == hashes[doc])
                perDoc[doc] = old.DocValues[doc];
            else if (docs[doc] is not { } d)
                perDoc[doc] = [];
            else
            {
                scratch.Clear();
                for (var f = 0; f < Kinds.Length; f++)
                {
                    var first = scratch.Count;
                    foreach (var value in Kinds[f].Of(d))
                    {
                        if (!numbers[f].TryGetValue(value, out var number))
                            return null;
                        if (scratch.IndexOf(number, first) < 0)
                            scratch.Add(number);
                    }
                    scratch.Sort(first, scratch.Count - first, null);
                }
                perDoc[doc] = scratch.Count == 0 ? [] : [.. scratch];
            }
            foreach (var value in perDoc[doc])
            {
                if ((uint)value >= (uint)valueCount)
                    return null;
                docsOf[value].Add(doc);
            }
        }
        if (Array.Exists(docsOf, list => list.Count == 0))
            return null;
        var facets = new List<Facet>(Kinds.Length);
        for (var (f, number) = (0, 0); f < Kinds.Length; f++)
            facets.Add(new Facet(Kinds[f].Name, Kinds[f].Label, [.. old.FacetValues[f].Select(value => (value, docsOf[number++]))], Kinds[f].ByCount));
        return new FacetIndex(facets, perDoc, valueCount);
    }

    /// <summary>
    /// The facets of the whole index from its segments' states (each segment numbers its own
    /// values): per facet its values in name order and how many documents have each, for the
    /// start-up file. Made from the archive's documents, the index took a tenth of a second of
    /// every rebuild that changed an article.
    /// </summary>
    public static List<(string Name, string Label, bool ByCount, List<(string Value, int Count)> Values)> Totals(IReadOnlyList<ExportState> states)
    {
        var totals = new List<(string, string, bool, List<(string, int)>)>(Kinds.Length);
        var counts = new Dictionary<string, int>[Kinds.Length];
        for (var f = 0; f < Kinds.Length; f++)
            counts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            var owner = new List<(int Facet, string Value)>();
            for (var f = 0; f < state.FacetValues.Length; f++)
                foreach (var value in state.FacetValues[f])
                    owner.Add((f, value));
            var perValue = new int[owner.Count];
            foreach (var values in state.DocValues)
                foreach (var value in values)
                    perValue[value]++;
            for (var v = 0; v < owner.Count; v++)
                counts[owner[v].Facet][owner[v].Value] = counts[owner[v].Facet].GetValueOrDefault(owner[v].Value) + perValue[v];
        }
        for (var f = 0; f < Kinds.Length; f++)
            totals.Add((Kinds[f].Name, Kinds[f].Label, Kinds[f].ByCount, [.. counts[f].OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))]));
        return totals;
    }

    static readonly string[][] Years = [.. Enumerable.Range(1900, 200).Select(y => new[] { y.ToString(CultureInfo.InvariantCulture) })];

    /// <summary>A year's value (made once per year, not per document).</summary>
    static string[] YearName(int year) => year is >= 1900 and < 2100 ? Years[year - 1900] : [year.ToString(CultureInfo.InvariantCulture)];

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
}
