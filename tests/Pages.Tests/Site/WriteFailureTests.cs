using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Pages.Build;
using Pages.Tests.Cli;

namespace Pages.Tests.Site;

/// <summary>
/// The real `pages build` process meets a write that fails: a disk that fills up (a small tmpfs,
/// where the container lets us mount one) and a file past the size limit (ulimit -f, allowed
/// everywhere). The build says so in plain words and exits 1; the last site stays byte-identical,
/// nothing is left behind that would stop the next build, and the next build works.
/// </summary>
public sealed class WriteFailureTests(ITestOutputHelper log) : TempFolder
{
    const long MB = 1024 * 1024;

    [Fact]
    public void A_full_disk_fails_the_build_naming_the_file_and_leaves_the_last_site()
    {
        using var disk = Tmpfs.TryMount(Path.Combine(Folder, "disk"), 64 * MB, out var why);
        if (disk is null)
        {
            // No mount here (no CAP_SYS_ADMIN): the file-size-limit test below still fails a real write.
            log.WriteLine($"Not tried: a tmpfs cannot be mounted here ({why}).");
            return;
        }
        var output = Path.Combine(disk.Folder, "site");
        var good = BuildGood(output);
        // Room for the last site and a third of a new one.
        disk.Resize(disk.Used + MB);

        var (exit, _, error) = PagesProcess.Run("exec", null, "build", Repo.InputFolder, "-o", output, "-q");

        Assert.Equal(1, exit);
        // The first file that does not fit: one of the site's, or the build cache's pack of pages (beside it).
        Assert.Matches($@"Build failed: {Regex.Escape(output)}(\.cache)?/\S+ could not be written: the disk is full", error);
        Assert.Contains($"The previous site in {output} was left as it was.", error);
        AssertPlain(error);
        AssertLeftWhole(output, good);
        disk.Resize(64 * MB);
        AssertNextBuildWorks(output, good);
    }

    [Fact]
    public void A_file_past_the_size_limit_fails_the_build_and_leaves_the_last_site()
    {
        var output = Path.Combine(Folder, "site");
        var good = BuildGood(output);

        // 64 KB: the article export is larger. SIGXFSZ ignored, so the write fails with EFBIG instead
        // of killing the process; W^X off, since the runtime's double-mapped code memory is a file too.
        var (exit, _, error) = PagesProcess.Run("trap '' XFSZ; ulimit -f 64; exec",
            new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" },
            "build", Repo.InputFolder, "-o", output, "-q");

        Assert.Equal(1, exit);
        // The build cache's pack of pages (beside the site) or the article export, whichever is written first.
        Assert.Matches($@"Build failed: {Regex.Escape(output)}(\.cache)?/\S+ could not be written: the file would be larger than the file size limit", error);
        AssertPlain(error);
        AssertLeftWhole(output, good);
        AssertNextBuildWorks(output, good);
    }

    static Dictionary<string, string> BuildGood(string output)
    {
        // Without a cache, so the build that fails has a whole site to write, not an unchanged one.
        var result = SiteBuilder.Build(SampleSite.Options(output) with { UseCache = false });
        Assert.True(result.Succeeded, result.Failure);
        return Hashes(output);
    }

    static void AssertPlain(string error)
    {
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain(".building-", error);
    }

    /// <summary>The same bytes as before, and beside it no staging folder, lock or set-aside old site.</summary>
    static void AssertLeftWhole(string output, Dictionary<string, string> good)
    {
        Assert.Equal(good, Hashes(output));
        var beside = Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName);
        Assert.DoesNotContain(beside, n => n!.Contains(".building-", StringComparison.Ordinal) || n.EndsWith(".lock", StringComparison.Ordinal) || n.EndsWith(".old", StringComparison.Ordinal));
    }

    static void AssertNextBuildWorks(string output, Dictionary<string, string> good)
    {
        var result = SiteBuilder.Build(SampleSite.Options(output));
        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(good, Hashes(output));
    }
}
