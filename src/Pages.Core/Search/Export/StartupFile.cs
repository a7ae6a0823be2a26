namespace Pages.Search.Export;

/// <summary>
/// search/index.js, the only file every search loads. Mirrored by the checks in
/// theme/assets/search/engine.js (<c>Engine</c>). Field names are short because they are JSON keys.
/// </summary>
/// <param name="V">The format version, <see cref="SearchFormat.Version"/>.</param>
/// <param name="N">Lucene's maxDoc: the number of documents.</param>
/// <param name="K1">BM25's k1.</param>
/// <param name="B">BM25's b.</param>
/// <param name="Fields">The searchable fields in query order.</param>
/// <param name="Facets">The facets the client filters by, with their values (their documents are in f/{value}).</param>
/// <param name="DocsPerFile">Display records per d/ file.</param>
/// <param name="PiecePositions">What a block's positions are cut by (<see cref="BlockCodec.PieceEnds"/>).</param>
/// <param name="TextChars">A body's first part past its lead (<see cref="BodyParts"/>): the page counts the parts it loads against a budget.</param>
/// <param name="Segments">The index's segments, oldest first (<see cref="SearchSegments"/>).</param>
public sealed record StartupFile(int V, int N, float K1, float B, IReadOnlyList<StartupField> Fields, IReadOnlyList<StartupFacet> Facets, int DocsPerFile, int PiecePositions,
    int TextChars, IReadOnlyList<StartupSegment> Segments);

/// <param name="Key">What its files' keys start with.</param>
/// <param name="Start">Its first document's number: its postings, maps and facet files number documents from there.</param>
/// <param name="Count">How many documents it has.</param>
/// <param name="TermBuckets">How many t/ buckets it has.</param>
/// <param name="InlineBuckets">How many i/ buckets.</param>
/// <param name="PositionBuckets">How many p/ buckets.</param>
/// <param name="Values">Per value it numbers (its f/ files and its terms' counts per value, <see cref="FacetIndex"/>), that value's number in the archive's facets above.</param>
public sealed record StartupSegment(string Key, int Start, int Count, int TermBuckets, int InlineBuckets, int PositionBuckets, IReadOnlyList<int> Values);

/// <param name="Name">The field's name in the postings (t, s, b, a).</param>
/// <param name="Weight">The query-time boost of the field's clauses.</param>
/// <param name="SumTotalTermFreq">Lucene's sumTotalTermFreq: every token, overlapping ones included; avgdl is this over N.</param>
public sealed record StartupField(string Name, float Weight, long SumTotalTermFreq);

/// <param name="Name">township, topic, year or kind.</param>
/// <param name="Label">How the page names it.</param>
/// <param name="Values">Its values in the order they are numbered (<see cref="FacetIndex"/>).</param>
/// <param name="Counts">Each value's documents in the archive.</param>
/// <param name="ByCount">Whether the page lists the values by count, most first (else in this order).</param>
public sealed record StartupFacet(string Name, string Label, IReadOnlyList<string> Values, IReadOnlyList<int> Counts, bool ByCount);
