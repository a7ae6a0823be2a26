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

    /// <summary>Appends another range's postings, all of whose documents come after these.</summary>
    public void Append(FieldPostings later)
    {
        Docs.AddRange(later.Docs);
        Freqs.AddRange(later.Freqs);
        Positions.AddRange(later.Positions);
    }
}
