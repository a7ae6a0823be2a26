namespace Pages.Search.Export;

/// <summary>
/// How the static index is cut into files. The defaults are what the site build uses; the tests
/// export the small sample with tiny heads and chunks so that the client's early stopping and
/// chunk lookups are exercised on it.
/// </summary>
/// <param name="HeadSize">Postings in a term's head, its best documents: what a one-term query's first pages read.</param>
/// <param name="ChunkPostings">About how many postings a tail chunk holds (its document range is chosen for this).</param>
/// <param name="OwnFileChars">A term with a tail, or a head longer than this, gets its head and chunks in files of their own.</param>
/// <param name="BucketChars">The size a bucket of small terms aims at.</param>
/// <param name="LeadChars">How much of an article's text its display record carries for the excerpt.</param>
/// <param name="DocsPerFile">Display records per d/ file: fewer files on disk, a little more to download per result.</param>
public sealed record SearchExportOptions(
    int HeadSize = 64,
    int ChunkPostings = 64,
    int OwnFileChars = 1024,
    int BucketChars = 2048,
    int LeadChars = 200,
    int DocsPerFile = 2)
{
    public static SearchExportOptions Default { get; } = new();
}
