using Pages.Cache;

namespace Pages.Tests.Cache;

/// <summary>A pack of cache entries, read through a mapping of its file: entries come back as written, until the pack is closed.</summary>
public sealed class PagePackTests : TempFolder
{
    string Pack(params (string Key, byte[] Entry)[] entries)
    {
        var writer = new PagePack.Writer(Path.Combine(Folder, "a" + PagePack.Extension));
        foreach (var (key, entry) in entries)
            writer.Add(key, entry);
        Assert.True(writer.Finish());
        return writer.File;
    }

    [Fact]
    public void Entries_read_back_as_written_and_not_after_the_pack_is_closed()
    {
        var (one, two) = (Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray(), "second entry"u8.ToArray());
        var pack = PagePack.Open(Pack(("one", one), ("two", two)));
        pack.ReadAhead();
        var first = pack.Read(pack.Index["one"]);
        Assert.Equal(one, first.ToArray());
        Assert.Equal(two, pack.Read(pack.Index["two"]).ToArray());

        pack.Close();
        // Memory taken before is refused, not read from a mapping that is gone.
        Assert.Throws<ObjectDisposedException>(() => first.Span[0]);
        Assert.Throws<ObjectDisposedException>(() => pack.Read(pack.Index["one"]));
        // Closed, the file can go (the cache deletes packs it merged).
        File.Delete(pack.File);
    }
}
