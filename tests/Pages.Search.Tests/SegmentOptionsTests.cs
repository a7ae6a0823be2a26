using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// Each segment is exported with its own sizes: the newest gets files of its own sooner, and beside
/// an older segment smaller t/ and i/ buckets (every query term reads one in each segment); alone,
/// as in a small archive, it keeps the older's bucket sizes, which would otherwise only add files.
/// </summary>
public sealed class SegmentOptionsTests
{
    static readonly SearchExportOptions Options = SearchExportOptions.Default;

    static (int Own, int Bucket, int Inline) Sizes(SearchExportOptions o) => (o.OwnFileChars, o.BucketChars, o.InlineBucketChars);

    [Fact]
    public void The_older_segment_is_exported_with_the_options_as_they_are()
    {
        Assert.Equal(Options, Options.For(new SearchSegment(SearchSegments.Older, 0, 18_432)));
    }

    [Fact]
    public void Beside_an_older_segment_the_newest_has_smaller_buckets_and_own_files_sooner()
    {
        var newest = Options.For(new SearchSegment("", 18_432, 1_568));
        Assert.Equal((Options.NewestOwnFileChars, Options.NewestBucketChars, Options.NewestInlineBucketChars), Sizes(newest));
        Assert.True(newest.BucketChars < Options.BucketChars && newest.InlineBucketChars < Options.InlineBucketChars);
        // Blocks, positions and display files are cut as in the older segment.
        Assert.Equal(Options.PositionBucketChars, newest.PositionBucketChars);
        Assert.Equal(Options.MaxBlock, newest.MaxBlock);
    }

    [Fact]
    public void Alone_the_newest_segment_keeps_the_older_segments_bucket_sizes()
    {
        var alone = Options.For(new SearchSegment("", 0, 36));
        Assert.Equal((Options.NewestOwnFileChars, Options.BucketChars, Options.InlineBucketChars), Sizes(alone));
    }

    [Fact]
    public void Options_smaller_than_the_newest_segments_sizes_are_kept()
    {
        var tiny = new SearchExportOptions(OwnFileChars: 64, BucketChars: 256, InlineBucketChars: 256);
        Assert.Equal((64, 256, 256), Sizes(tiny.For(new SearchSegment("", 40, 5))));
    }
}
