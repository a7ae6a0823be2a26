namespace Pages.Search.Export;

/// <summary>
/// One term's postings in one field, in document order: per document its number, its frequency,
/// and that many positions (appended to <see cref="Positions"/> in order). Plain growable lists
/// rather than an object per posting, because a large archive has tens of millions of postings.
/// </summary>
public sealed class FieldPostings
{
    public List<int> Docs { get; } = [];

    public List<int> Freqs { get; } = [];

    public List<int> Positions { get; } = [];

    /// <summary>Postings of <paramref name="docs"/> documents and <paramref name="positions"/> positions in all, to be written in place (their counts are set, their values zero).</summary>
    public static FieldPostings OfSize(int docs, int positions)
    {
        var list = new FieldPostings();
        foreach (var (values, size) in new[] { (list.Docs, docs), (list.Freqs, docs), (list.Positions, positions) })
        {
            values.Capacity = size;
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(values, size);
        }
        return list;
    }
}
