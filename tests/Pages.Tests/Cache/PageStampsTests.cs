using Pages.Cache;

namespace Pages.Tests.Cache;

/// <summary>The quick check: a page's files' lengths and times, kept with its key between builds.</summary>
public sealed class PageStampsTests : TempFolder
{
    string Page(string text, DateTime written)
    {
        var page = Path.Combine(Folder, "p.txt");
        File.WriteAllText(page, text);
        File.SetLastWriteTimeUtc(page, written);
        return page;
    }

    /// <summary>The files as the search for pages listed them look as the disk says, sidecars and missing files alike.</summary>
    [Fact]
    public void A_look_from_the_pages_listing_is_the_look_from_the_disk()
    {
        var page = Page("正文", DateTime.UtcNow.AddHours(-1));
        File.WriteAllText(Path.ChangeExtension(page, ".yml"), "page: 3\n");
        var listing = new Pages.Reading.FileListing();
        var before = DateTime.UtcNow.Ticks;

        Assert.Equal([page], Pages.Reading.PageFiles.Find([Folder], [], listing));
        var (listed, asked) = (PageStamps.Look.Of(page, listing), PageStamps.Look.Of(page));

        Assert.Equal((asked.Text, asked.Meta, asked.Fixes), (listed.Text, listed.Meta, listed.Fixes));
        Assert.Equal(-1, listed.Fixes.Length);
        Assert.InRange(listed.At, before, asked.At);
        Assert.Null(listing.WalkedAt(Path.Combine(Folder, "elsewhere", "p.txt")));
    }

    [Fact]
    public void A_settled_page_is_found_by_its_look_after_a_save_and_a_load()
    {
        var page = Page("正文", DateTime.UtcNow.AddHours(-1));
        var stamps = PageStamps.Load(Folder, "config");
        var look = PageStamps.Look.Of(page);
        stamps.Record(page, look, new string('a', 64), File.ReadAllBytes(page));
        stamps.Save(new HashSet<string> { page });

        var loaded = PageStamps.Load(Folder, "config").Find(page, PageStamps.Look.Of(page));

        Assert.NotNull(loaded);
        Assert.Equal(new string('a', 64), loaded.Key);
        Assert.Null(PageStamps.Load(Folder, "another config").Find(page, PageStamps.Look.Of(page)));
    }

    [Fact]
    public void A_page_named_by_another_path_to_it_is_found()
    {
        var page = Page("正文", DateTime.UtcNow.AddHours(-1));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, page);
        var stamps = PageStamps.Load(Folder, "config");
        stamps.Record(relative, PageStamps.Look.Of(relative), new string('a', 64), File.ReadAllBytes(page));
        stamps.Save(new HashSet<string> { relative });

        Assert.NotNull(PageStamps.Load(Folder, "config").Find(page, PageStamps.Look.Of(page)));
    }

    [Fact]
    public void A_page_written_just_now_is_not_stamped()
    {
        var page = Page("正文", DateTime.UtcNow);
        var stamps = PageStamps.Load(Folder, "config");
        stamps.Record(page, PageStamps.Look.Of(page), new string('a', 64), File.ReadAllBytes(page));

        Assert.Null(stamps.Find(page, PageStamps.Look.Of(page)));
    }

    [Fact]
    public void A_page_with_another_time_or_a_new_metadata_file_is_not_found()
    {
        var page = Page("正文", DateTime.UtcNow.AddHours(-1));
        var stamps = PageStamps.Load(Folder, "config");
        stamps.Record(page, PageStamps.Look.Of(page), new string('a', 64), File.ReadAllBytes(page));
        Assert.NotNull(stamps.Find(page, PageStamps.Look.Of(page)));

        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddHours(-2));
        Assert.Null(stamps.Find(page, PageStamps.Look.Of(page)));

        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddHours(-1));
        stamps.Record(page, PageStamps.Look.Of(page), new string('a', 64), File.ReadAllBytes(page));
        File.WriteAllText(Path.ChangeExtension(page, ".yml"), "date: 2015-10-01\n");
        Assert.Null(stamps.Find(page, PageStamps.Look.Of(page)));
    }

    [Fact]
    public void Damaged_stamps_are_taken_as_none()
    {
        var page = Page("正文", DateTime.UtcNow.AddHours(-1));
        var stamps = PageStamps.Load(Folder, "config");
        stamps.Record(page, PageStamps.Look.Of(page), new string('a', 64), File.ReadAllBytes(page));
        stamps.Save(new HashSet<string> { page });
        var file = Path.Combine(Folder, "stamps");
        var bytes = File.ReadAllBytes(file);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(file, bytes);

        Assert.Null(PageStamps.Load(Folder, "config").Find(page, PageStamps.Look.Of(page)));
    }
}
