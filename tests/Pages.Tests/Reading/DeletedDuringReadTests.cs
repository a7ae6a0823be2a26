using CorrectionsReader = Pages.Corrections.CorrectionsReader;
using Pages.Archive;
using Pages.Model;
using Pages.Reading;
using Pages.Tagging;

namespace Pages.Tests.Reading;

/// <summary>
/// A page or its metadata or corrections file deleted between the moment it was found and the
/// moment it is read: a message naming it in plain words, and the rest of the archive read. A
/// dangling symbolic link stands for a file deleted in that moment (it is seen, then not there).
/// </summary>
public sealed class DeletedDuringReadTests : TempFolder
{
    readonly string pages;

    public DeletedDuringReadTests()
    {
        pages = Path.Combine(Folder, "pages");
        Directory.CreateDirectory(pages);
        foreach (var file in Directory.GetFiles(Repo.PagesFolder, "*.txt"))
            File.Copy(file, Path.Combine(pages, Path.GetFileName(file)));
    }

    static LoadedArchive Load(string folder, IProgress<int>? progress = null) =>
        ArchiveLoader.Load([folder], Repo.SampleConfig, progress);

    [Fact]
    public void A_page_deleted_after_it_was_found_is_named_and_the_rest_are_read()
    {
        var files = PageFiles.Find([pages], new List<Problem>());
        File.Delete(files[0]);
        var loaded = files.Select(f => ArchiveLoader.LoadPage(f, Repo.SampleOptions, new ArticleTagger(Repo.SampleConfig))).ToList();

        Assert.Null(loaded[0].Page);
        var problem = Assert.Single(loaded[0].Problems);
        Assert.Equal($"{files[0]}: error: could not be read: it is no longer there (deleted or moved while Pages was at work)", problem.ToString());
        Assert.All(loaded.Skip(1), l => Assert.NotNull(l.Page));
    }

    [Fact]
    public void Pages_deleted_while_the_archive_is_read_are_each_either_read_or_named()
    {
        var files = Directory.GetFiles(pages);
        // As soon as the first page is done, the others are deleted, while the reading goes on in parallel.
        var archive = Load(pages, new SynchronousProgress(_ => Array.ForEach(files, File.Delete)));

        var gone = archive.Problems.Where(p => p.Message.Contains("no longer there", StringComparison.Ordinal)).ToList();
        Assert.Equal(files.Length, archive.Pages.Length + gone.Count);
        Assert.NotEmpty(archive.Pages);
    }

    [Fact]
    public void A_metadata_file_deleted_while_read_is_named_and_the_page_built_without_it()
    {
        var page = Directory.GetFiles(pages)[0];
        var sidecar = PageMetaReader.SidecarOf(page);
        File.CreateSymbolicLink(sidecar, Path.Combine(Folder, "deleted.yml"));

        var archive = Load(pages);

        Assert.Equal(5, archive.Pages.Length);
        Assert.Equal(PageMeta.Unknown, archive.Pages[0].Meta);
        Assert.Contains($"{sidecar}: error: page metadata could not be read: it is no longer there", Assert.Single(archive.Problems).ToString());
    }

    [Fact]
    public void A_corrections_file_deleted_while_read_is_named_and_the_page_built_without_them()
    {
        var page = Directory.GetFiles(pages)[0];
        var fixes = CorrectionsReader.FileFor(page);
        File.CreateSymbolicLink(fixes, Path.Combine(Folder, "deleted.fix.yml"));

        var archive = Load(pages);

        Assert.Equal(5, archive.Pages.Length);
        Assert.Contains($"{fixes}: error: corrections could not be read: it is no longer there", Assert.Single(archive.Problems).ToString());
    }

    [Theory]
    [InlineData("check", 1)]
    [InlineData("split", 0)]
    [InlineData("tags", 0)]
    public void Each_command_names_the_file_deleted_while_read_and_does_the_rest(string command, int exit)
    {
        var page = Directory.GetFiles(pages)[0];
        File.CreateSymbolicLink(PageMetaReader.SidecarOf(page), Path.Combine(Folder, "deleted.yml"));
        File.CreateSymbolicLink(CorrectionsReader.FileFor(page), Path.Combine(Folder, "deleted.fix.yml"));
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(exit, Pages.Cli.Cli.Run([command, pages, "--config", Path.Combine(Repo.InputFolder, "site.yml")], output, error));

        var said = output.ToString() + error;
        Assert.Contains($"{PageMetaReader.SidecarOf(page)}", said);
        Assert.Contains("page metadata could not be read: it is no longer there", said);
        Assert.Contains("corrections could not be read: it is no longer there", said);
        Assert.DoesNotContain("Exception", said);
        // The whole archive done: every page split (split prints each), or counted (check, tags).
        Assert.All(Directory.GetFiles(pages, "*.txt"), p => Assert.Contains(command == "split" ? p : "5 pages", said));
    }

    /// <summary>Reports on the thread that reports, unlike <see cref="Progress{T}"/>, so the test sees it at once.</summary>
    sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        int reported;

        public void Report(int value)
        {
            if (Interlocked.Exchange(ref reported, 1) == 0)
                report(value);
        }
    }
}
