using System.Text.Json;
using Pages.Archive;
using Pages.Cache;
using Pages.Model;
using Pages.Quality;

namespace Pages.Tests.Cache;

/// <summary>The binary cache entry: every field comes back as written, and damage is told from a sound entry.</summary>
public sealed class PageEntryFormatTests : TempFolder
{
    /// <summary>
    /// The sample pages, and sample page 000 again, under another name, with metadata and corrections (a corrected
    /// title, a replaced misprint, so that Corrected and PrintedText are set), each with its checks.
    /// </summary>
    IEnumerable<CachedPage> Pages()
    {
        var pages = Path.Combine(Folder, "pages");
        Directory.CreateDirectory(pages);
        // A name of its own: a page named as one of the input folder's is left out, whichever of the
        // two paths sorts first.
        const string page = "900_sample_with_metadata";
        File.Copy(Path.Combine(Repo.PagesFolder, "000_1e3030292b08ed47.txt"), Path.Combine(pages, page + ".txt"));
        File.WriteAllText(Path.Combine(pages, page + ".yml"), "date: 2015-09-29\nedition: 第8123期\npage: 3\nsection: 焦作市城乡一体化示范区\n");
        File.WriteAllText(Path.Combine(pages, page + ".fix.yml"),
            "- article: 示范区开展中秋节慰问活动\n  replace: {宁国镇: 宁郭镇}\n- article: 今年上半年，地区生产总值\n  title: 示范区经济运行稳中有进\n");
        var check = QualityReport.PageChecker(Repo.SampleConfig);
        var problems = new[] { new Problem(Severity.Warning, "x.txt", 3, null, "a problem"), new Problem(Severity.Error, "y.txt", null, 12, "another") };
        foreach (var loaded in ArchiveLoader.Load([Repo.InputFolder, pages], Repo.SampleConfig).Pages)
            yield return CachedPage.From(loaded with { Checked = check(loaded) }, problems);
    }

    static string Json(CachedPage page) => JsonSerializer.Serialize(page, CacheJson.Options);

    [Fact]
    public void An_entry_reads_back_as_the_page_it_was_written_from()
    {
        var pages = Pages().ToList();
        Assert.Contains(pages, p => p.Split.Articles.Any(a => a.PrintedText is not null && a.Corrected.Length > 0));
        Assert.Contains(pages, p => p.Meta.Date is not null);
        Assert.Contains(pages, p => p.Checked!.Findings.Length > 0);
        foreach (var page in pages)
        {
            var read = PageEntryFormat.Read(PageEntryFormat.Write(page));
            // What lists show of each article comes back with it, made from the whole article.
            Assert.Equal(page.Split.Articles.Select(global::Pages.Site.Views.ViewBuilder.ListingDigest), read.ListingDigests);
            Assert.Equal(Json(page), Json(read with { ListingDigests = [] }));
        }
    }

    [Fact]
    public void An_article_read_back_decodes_its_body_once_asked_and_a_body_given_replaces_it()
    {
        var page = Pages().First();
        var read = PageEntryFormat.Read(PageEntryFormat.Write(page));
        var (written, article) = (page.Split.Articles[0], read.Split.Articles[0]);

        // Asked for from several threads at once, the body is decoded once, and is the body written.
        var bodies = new System.Collections.Concurrent.ConcurrentBag<Section[]>();
        Parallel.For(0, 8, _ => bodies.Add([.. article.Sections]));
        Assert.All(bodies, b => Assert.Same(bodies.First()[0], b[0]));
        Assert.Equal(written.Text, article.Text);
        Assert.Equal(written.Opening(30), article.Opening(30));

        var replaced = article with { Sections = [new Section(null, [new TextPiece("另一段。", 0, 1, 1)])] };
        Assert.Equal("另一段。", replaced.Text);
        Assert.Equal(written.Text, article.Text);
    }

    [Fact]
    public void A_damaged_entry_is_refused_with_the_reason()
    {
        var bytes = PageEntryFormat.Write(Pages().First());

        Assert.Contains("truncated", Refused(bytes[..^10]));
        var flipped = (byte[])bytes.Clone();
        flipped[^100] ^= 1;
        Assert.Contains("damaged", Refused(flipped));
        Assert.Contains("not a file of its kind", Refused("{\"Meta\": {}}"u8.ToArray()));
        Assert.Contains("not a file of its kind", Refused([]));
    }

    static string Refused(byte[] bytes) => Assert.Throws<InvalidDataException>(() => PageEntryFormat.Read(bytes)).Message;
}
