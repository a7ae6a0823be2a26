using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Pages.Tests.Cli;

/// <summary>
/// A page, a metadata file, a corrections file and a folder that cannot be read (chmod 000), met by
/// the real `pages` process. The tests run as root, who can read anything, so the commands run as
/// nobody (setpriv, util-linux). Each command names what it could not read in plain words and does
/// the rest; `build --strict` changes nothing; the input is never modified.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class UnreadableInputTests : TempFolder
{
    const string Page = "000_1e3030292b08ed47";
    const string WithMeta = "001_4dc2b9dba45573ff";
    const string WithFixes = "002_a5b8c776a538ea9b";

    readonly string input;
    readonly string pages;

    public UnreadableInputTests()
    {
        input = Path.Combine(Folder, "input");
        pages = Path.Combine(input, "pages");
        Directory.CreateDirectory(Path.Combine(pages, "2016"));
        File.Copy(Path.Combine(Repo.InputFolder, "site.yml"), Path.Combine(input, "site.yml"));
        foreach (var file in Directory.GetFiles(Repo.PagesFolder, "*.txt"))
            File.Copy(file, Path.Combine(pages, Path.GetFileName(file)));
        File.Copy(Path.Combine(pages, Page + ".txt"), Path.Combine(pages, "2016", "later.txt"));
        File.WriteAllText(Path.Combine(pages, WithMeta + ".yml"), "page: 2\n");
        File.WriteAllText(Path.Combine(pages, WithFixes + ".fix.yml"), "- article: 示范区\n  furniture: true\n");
        // Whoever runs the commands needs the temporary folder, which is the owner's alone.
        File.SetUnixFileMode(Folder, (UnixFileMode)0b111_111_111);
        foreach (var locked in new[] { Page + ".txt", WithMeta + ".yml", WithFixes + ".fix.yml", "2016" })
            File.SetUnixFileMode(Path.Combine(pages, locked), UnixFileMode.None);
    }

    string Locked(string name) => Path.Combine(pages, name);

    string? copy;

    (int Exit, string Out, string Error) Pages(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
            return PagesProcess.Run("exec", null, args);
        copy ??= PagesProcess.CopyTo(Path.Combine(Folder, "app"));
        return PagesProcess.RunDll(copy, "exec setpriv --reuid=65534 --regid=65534 --clear-groups",
            new Dictionary<string, string> { ["HOME"] = Folder, ["DOTNET_CLI_HOME"] = Folder }, args);
    }

    [Fact]
    public void Every_command_names_what_it_could_not_read_and_does_the_rest()
    {
        var before = InputState();
        var output = Path.Combine(Folder, "site");

        var build = Pages("build", input, "-o", output, "-q");
        Assert.Equal(0, build.Exit);
        AssertNamesEachUnreadable(build.Error);
        Assert.True(File.Exists(Path.Combine(output, global::Pages.Site.SitePaths.Article(WithMeta + "-01"))));
        Assert.True(File.Exists(Path.Combine(output, global::Pages.Site.SitePaths.Article(WithFixes + "-01"))));
        Assert.False(File.Exists(Path.Combine(output, global::Pages.Site.SitePaths.Article(Page + "-01"))));
        var built = Hashes(output);

        var strict = Pages("build", input, "-o", output, "-q", "--strict");
        Assert.Equal(1, strict.Exit);
        Assert.Contains($"{Locked(Page + ".txt")}: error: could not be read: permission denied", strict.Error);
        Assert.Contains("--strict", strict.Error);
        Assert.Equal(built, Hashes(output));

        var check = Pages("check", input);
        Assert.Equal(1, check.Exit);
        Assert.Contains($"{Locked(Page + ".txt")}:0: error [unreadable] could not be read: permission denied", check.Out);
        Assert.Contains($"{Locked("2016")}:0: error [unreadable] folder could not be read: permission denied", check.Out);
        Assert.Contains("in 4 pages", check.Out);

        var split = Pages("split", input);
        Assert.Equal(0, split.Exit);
        AssertNamesEachUnreadable(split.Error);
        Assert.Contains(WithMeta, split.Out);
        Assert.DoesNotContain(Page, split.Out);
        Assert.Equal(1, Pages("split", input, "--strict").Exit);

        var tags = Pages("tags", input);
        Assert.Equal(0, tags.Exit);
        AssertNamesEachUnreadable(tags.Error);
        Assert.Contains("on 4 pages", tags.Out);

        Assert.Equal(before, InputState());
    }

    void AssertNamesEachUnreadable(string error)
    {
        Assert.Contains($"{Locked(Page + ".txt")}: error: could not be read: permission denied", error);
        Assert.Contains($"{Locked(WithMeta + ".yml")}: error: page metadata could not be read: permission denied", error);
        Assert.Contains($"{Locked(WithFixes + ".fix.yml")}: error: corrections could not be read: permission denied", error);
        Assert.Contains($"{Locked("2016")}: error: folder could not be read: permission denied; the pages in it were left out", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    /// <summary>Every input file's mode, and its bytes where it is not locked.</summary>
    Dictionary<string, string> InputState() =>
        Directory.EnumerateFileSystemEntries(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToDictionary(
            f => f,
            f => File.GetUnixFileMode(f) + (File.Exists(f) && File.GetUnixFileMode(f) != UnixFileMode.None ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) : ""));
}
