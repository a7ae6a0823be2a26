using Pages.Archive;
using Pages.Build;
using Pages.Export;

namespace Pages.Tests.Site;

/// <summary>The export written page by page, and spliced from a published one, is byte for byte SplitJson's.</summary>
public sealed class ArchiveExportTests : TempFolder
{
    static List<LoadedPage> Keyed(IEnumerable<LoadedPage> pages) => [.. pages.Select((p, i) => p with { Key = $"key-{p.Split.Name}-{p.Articles.Length}" })];

    static byte[] Expected(IEnumerable<LoadedPage> pages)
    {
        using var stream = new MemoryStream();
        SplitJson.Serialize(pages, stream);
        return stream.ToArray();
    }

    static (byte[] Bytes, Dictionary<string, ExportSpan> Spans) Write(List<LoadedPage> pages, (string, IReadOnlyDictionary<string, ExportSpan>)? published = null)
    {
        using var stream = new MemoryStream();
        var spans = ArchiveExport.Write(pages, "data/undated.json", stream, published, Pages.Reading.SourceNames.AsGiven);
        return (stream.ToArray(), spans);
    }

    [Fact]
    public void The_export_is_what_SplitJson_writes_for_any_number_of_pages()
    {
        var pages = Keyed(ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig).Pages);
        for (var count = 0; count <= pages.Count; count++)
            Assert.Equal(Expected(pages.Take(count)), Write([.. pages.Take(count)]).Bytes);
    }

    [Fact]
    public void A_rebuild_takes_unchanged_pages_from_the_published_export_and_writes_the_same_bytes()
    {
        var pages = Keyed(ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig).Pages);
        var (published, spans) = Write(pages[1..]);
        var file = Path.Combine(Folder, "undated.json");
        File.WriteAllBytes(file, published);
        Assert.True(ArchiveExport.IsIntact(file, Pages.Site.FileHash.Of(published)));

        // One page added before the others, one changed (a new key, other JSON), one removed.
        var changed = pages[2] with { Key = "changed", Meta = pages[2].Meta with { Edition = "第1期" } };
        List<LoadedPage> next = [pages[0], pages[1], changed, .. pages[4..]];
        var (bytes, nextSpans) = Write(next, (file, spans));

        Assert.Equal(Expected(next), bytes);
        Assert.Equal(next.Count, nextSpans.Count);
        Assert.All(nextSpans.Values, s => Assert.Equal("data/undated.json", s.File));
        // Spans of another file are not this file's: every page is serialized again.
        var elsewhere = spans.ToDictionary(p => p.Key, p => p.Value with { File = "data/2015-03.json" });
        Assert.Equal(Expected(next), Write(next, (file, elsewhere)).Bytes);
        Assert.False(ArchiveExport.IsIntact(file, "another hash"));
    }
}
