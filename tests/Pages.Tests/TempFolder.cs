using System.Security.Cryptography;

namespace Pages.Tests;

/// <summary>A test class's own temporary folder, removed after each test.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder() => Folder = Directory.CreateTempSubdirectory("pages-test-").FullName;

    protected string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>An input folder in the temporary folder holding one page file, named and written as given.</summary>
    protected string InputWithPage(string fileName, string text)
    {
        var input = Path.Combine(Folder, "input");
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.WriteAllText(Path.Combine(input, "pages", fileName), text);
        return input;
    }

    /// <summary>
    /// Sets every file under <paramref name="folder"/> as last written an hour ago, as an archive's
    /// files are: a build trusts a page's length and time only once they have settled
    /// (<see cref="Pages.Cache.PageStamps"/>), and files a test has just written have not.
    /// </summary>
    protected static void Age(string folder)
    {
        var then = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, then);
    }

    /// <summary>Nothing was written in the temporary folder but under <paramref name="roots"/>.</summary>
    protected void AssertNothingWrittenOutside(params string[] roots) =>
        Assert.All(Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories),
            f => Assert.True(roots.Any(r => f.StartsWith(r, StringComparison.Ordinal)), f));

    /// <summary>
    /// A generated archive of <paramref name="kept"/> pages in input/pages, and the
    /// <paramref name="aside"/> pages that follow them (in path order, so the latest dates) in
    /// extra/, to be added later; every file last written an hour ago (so a build's quick check
    /// trusts their lengths and times).
    /// </summary>
    protected (string Pages, string Extra) GeneratedArchive(int kept, int aside, int seed)
    {
        var samples = Pages.Archive.ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig);
        var (pages, extra) = (Path.Combine(Folder, "input", "pages"), Path.Combine(Folder, "extra"));
        Pages.Generate.ArchiveGenerator.Generate(samples, kept + aside, seed, pages, null);
        foreach (var page in Directory.EnumerateFiles(pages, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(kept).ToList())
            foreach (var file in new[] { page, Path.ChangeExtension(page, ".yml") })
            {
                var target = Path.Combine(extra, Path.GetRelativePath(pages, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target);
            }
        Age(Folder);
        return (pages, extra);
    }

    /// <summary>Every file under <paramref name="root"/> with a hash of its bytes: two equal maps are byte-identical trees.</summary>
    protected static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
