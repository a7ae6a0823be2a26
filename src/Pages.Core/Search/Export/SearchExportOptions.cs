namespace Pages.Search.Export;

/// <summary>
/// How the static index is cut into files. The defaults are what the site build uses; the tests
/// export the small sample with tiny blocks so that the client's early stopping is exercised on it.
/// <para>
/// The sizes trade bytes per query against files: every file costs a disk block (4 KB here, up to
/// 32 KB on a FAT32 USB stick) and, on this machine, a tenth of a millisecond to create. Measured
/// with `search-bytes` on 20,000 generated articles in format 6 (2026-11-23): own files from 8,192
/// chars and buckets of 8,192 made 34,552 files, median query 30.2 KB, worst 294 KB; from 2,048
/// and 4,096, 64,706 files, median 23.8 KB, worst 279 KB; these defaults make 44,544 files,
/// median 24.9 KB, worst 278 KB (format 5's defaults made 54,954 files, median 26.3 KB, worst 439 KB).
/// </para>
/// </summary>
/// <param name="FirstBlock">Postings in a term's first block, the one a one-term query usually stops after.</param>
/// <param name="MaxBlock">Blocks after the first double in size up to this, so a long list has few bounds to list.</param>
/// <param name="OwnFileChars">A term whose postings are longer than this gets its blocks in files of their own.</param>
/// <param name="BucketChars">The size a t/ bucket (headers and small terms' postings, counted together) aims at.</param>
/// <param name="InlineBucketChars">The size an i/ bucket (small terms' postings) aims at, counted as
/// for t/: a query loads one for each small term (measured 2026-11-24 on the benchmark's 20,000
/// articles: half of 4,096 took "焦作市城乡一体化示范区" from 109.0 to 97.7 KB, for 4,096 more files).</param>
/// <param name="LeadChars">How much of an article's text its display record carries for the excerpt
/// (ui.js shows 80 characters around the best window in it): 140 instead of 200 took a query's ten
/// display files from about 14.5 to 11 KB (search-bytes, 2026-11-24).</param>
/// <param name="TextChars">The first part of a body past its lead (<see cref="BodyParts"/>); each next part is twice the one before.
/// Measured with search-bytes (2026-11-24, ten results' parts at most 10,240 characters): 512 made 105,398 files
/// of the recombined 20,000 articles and left 13, 5 and 17 results of the 40 queries on the three archives with an
/// excerpt short of a term their bodies hold; 1,024 made 99,335 files and left 10, 0 and 8, for as many bytes.</param>
/// <param name="DocsPerFile">Display records per d/ file: two halves the files (a record is under half a
/// 4 KB disk block) for about 9 KB more per page of ten results.</param>
/// <param name="MapPart">Documents per part of a large term's <see cref="BlockMap"/> (a part of a
/// frequent term's map is about 2.8 KB).</param>
/// <param name="PositionBucketChars">The size a p/ bucket (small terms' positions) aims at: smaller
/// than the others, as a phrase of small terms loads one for each (measured 2026-11-24 on the
/// benchmark's 20,000 articles: half of 4,096 took "城乡一体化示范区" from 101.9 to 91.4 KB and
/// "焦作市城乡一体化示范区" from 120.7 to 109.0 KB, for 4,096 more files).</param>
/// <param name="PiecePositions">About how many positions a piece of a block's positions holds
/// (<see cref="BlockCodec.PieceEnds"/>): what a phrase reads for one document of a frequent term.</param>
/// <param name="SegmentDocs">The newest documents past a multiple of this are indexed apart (<see cref="SearchSegments"/>),
/// so that pages added at the end rewrite only their small segment.</param>
/// <param name="NewestOwnFileChars">What <paramref name="OwnFileChars"/> is at most in the newest segment (<see cref="For"/>).</param>
/// <param name="NewestBucketChars">What <paramref name="BucketChars"/> is at most in the newest segment: every query
/// term reads a t/ bucket in each segment, and the newest's, counted with its inline postings as the older's are,
/// held twice the headers of the older's (1.3 KB a bucket against 585 bytes on the benchmark's 20,000 articles).
/// With this and <paramref name="NewestInlineBucketChars"/> the search-bytes benchmark's worst query went from
/// 154.7 to 141.2 KB and "城乡一体化示范区" from 105.1 to 96.8 KB, for 5,120 more files in its newest segment of
/// 1,568 articles (2026-11-24); a newest segment never holds more than <paramref name="SegmentDocs"/> articles,
/// so the files it adds do not grow with the archive.</param>
/// <param name="NewestInlineBucketChars">What <paramref name="InlineBucketChars"/> is at most in the newest segment.</param>
/// <param name="PageRun">The documents' numbers per printed page (<see cref="SearchNumbers.PageRun"/>; 1 for documents
/// numbered one after another): the segments are cut where a page's numbers start.</param>
public sealed record SearchExportOptions(
    int FirstBlock = 64,
    int MaxBlock = 1024,
    int OwnFileChars = 4096,
    int BucketChars = 4096,
    int LeadChars = 140,
    int TextChars = 1024,
    int DocsPerFile = 2,
    int MapPart = 4096,
    int PiecePositions = 2048,
    int PositionBucketChars = 2048,
    int InlineBucketChars = 2048,
    int SegmentDocs = 2048,
    int NewestOwnFileChars = 1024,
    int NewestBucketChars = 1024,
    int NewestInlineBucketChars = 1024,
    int PageRun = 1)
{
    public static SearchExportOptions Default { get; } = new();

    /// <summary>
    /// The options a segment is exported with: the newest segment's terms get files of their own
    /// from <see cref="NewestOwnFileChars"/>. It has a few hundred to 2,048 articles, where a term
    /// in half of them would otherwise come whole with its header's i/ bucket, and its positions
    /// whole with its p/ bucket, to every query that holds it. Beside an older segment its t/ and
    /// i/ buckets are smaller (<see cref="NewestBucketChars"/>, <see cref="NewestInlineBucketChars"/>);
    /// alone (an archive of fewer articles than <see cref="SegmentDocs"/>) it is the whole index,
    /// read once a term, and smaller buckets there would only be more files (the sample's search
    /// folder: 2,214 files instead of 934, 8.8 MB on disk instead of 3.8).
    /// </summary>
    public SearchExportOptions For(SearchSegment segment)
    {
        if (segment.Key == SearchSegments.Older)
            return this;
        var newest = this with { OwnFileChars = Math.Min(OwnFileChars, NewestOwnFileChars) };
        return segment.Start == 0 ? newest : newest with
        {
            BucketChars = Math.Min(BucketChars, NewestBucketChars),
            InlineBucketChars = Math.Min(InlineBucketChars, NewestInlineBucketChars),
        };
    }

    /// <summary>Whether a term whose blocks' postings take <paramref name="chars"/> characters gets files of its own.</summary>
    public bool HasOwnFiles(long chars) => chars > OwnFileChars;
}
