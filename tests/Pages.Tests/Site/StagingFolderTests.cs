using System.Text;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>The staging folder's file hashes, and an update that writes only what changed.</summary>
public sealed class StagingFolderTests : IDisposable
{
    readonly string parent = Directory.CreateTempSubdirectory("pages-staging-").FullName;

    public void Dispose() => Directory.Delete(parent, recursive: true);

    [Fact]
    public void A_file_written_through_a_stream_hashes_as_the_same_bytes_handed_over_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("示范区 articles.json ", 50_000)));
        using var sink = new MemoryStream();
        using var hashing = new HashingStream(sink);
        hashing.Write(bytes, 0, 10);
        hashing.Write(bytes.AsSpan(10));
        Assert.Equal(FileHash.Of(bytes), hashing.Hex());
        Assert.Equal(bytes, sink.ToArray());
    }

    [Fact]
    public void An_update_stages_a_streamed_file_only_when_its_bytes_changed()
    {
        var output = Path.Combine(parent, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "same.json"), "[1]");
        File.WriteAllText(Path.Combine(output, "changed.json"), "[1]");
        var published = new Dictionary<string, string>
        {
            ["same.json"] = FileHash.Of("[1]"u8),
            ["changed.json"] = FileHash.Of("[1]"u8),
        };

        using var staging = new StagingFolder(output);
        staging.UpdateOf(published);
        staging.Write("same.json", stream => stream.Write("[1]"u8));
        staging.Write("changed.json", stream => stream.Write("[2]"u8));

        Assert.False(File.Exists(staging.Resolve("same.json")));
        Assert.Equal("[2]", File.ReadAllText(staging.Resolve("changed.json")));
        Assert.Equal(FileHash.Of("[2]"u8), staging.Files["changed.json"]);
        staging.Publish();
        Assert.Equal("[1]", File.ReadAllText(Path.Combine(output, "same.json")));
        Assert.Equal("[2]", File.ReadAllText(Path.Combine(output, "changed.json")));
    }
}
