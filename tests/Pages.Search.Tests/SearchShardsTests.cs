using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>What an update reads back from the published index's file names and hashes.</summary>
public sealed class SearchShardsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(255, 0)]
    [InlineData(256, 1)]
    [InlineData(80_123, 7)]
    public void A_body_part_is_known_by_its_key(int doc, int part) =>
        Assert.Equal((doc, part), SearchShards.TextOf(SearchShards.Text(doc, part)));

    [Theory]
    [InlineData("d/0/3")]
    [InlineData("index")]
    [InlineData("a/t/0/1")]
    [InlineData("e/0/01")]
    [InlineData("e/0/1-0")]
    [InlineData("e/0/256")]
    [InlineData("e/0/1-")]
    [InlineData("e/x/1")]
    [InlineData("e/")]
    public void Any_other_key_is_not_a_body_part(string key) => Assert.Null(SearchShards.TextOf(key));

    [Fact]
    public void Each_segment_is_digested_from_its_own_files_alone()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search/a/t/0/1.js"] = "h1",
            ["search/a/x/ab/abb0.js"] = "h2",
            ["search/t/0/1.js"] = "h3",
            ["search/d/0/0.js"] = "h4",
            ["search/index.js"] = "h5",
            ["index.html"] = "h6",
        };

        var digests = ExportCache.Digests(files);
        var older = ExportCache.Digests(files.Where(f => f.Key.StartsWith("search/a/", StringComparison.Ordinal)).ToDictionary());
        files["search/d/0/0.js"] = "changed";
        files["index.html"] = "changed";
        var again = ExportCache.Digests(files);
        files["search/t/0/1.js"] = "changed";

        Assert.Equal(["", "a/"], digests.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("2-", digests["a/"]);
        Assert.StartsWith("1-", digests[""]);
        Assert.Equal(older["a/"], digests["a/"]);
        Assert.Equal(digests, again);
        Assert.NotEqual(digests[""], ExportCache.Digests(files)[""]);
        Assert.Equal(digests["a/"], ExportCache.Digests(files)["a/"]);
        Assert.NotEqual(ExportCache.NoFiles, digests[""]);
    }
}
