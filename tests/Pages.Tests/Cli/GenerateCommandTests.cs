namespace Pages.Tests.Cli;

/// <summary>`pages generate` run in-process, as a user would call it.</summary>
public sealed class GenerateCommandTests : TempFolder
{
    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Pages.Cli.Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Recombining_an_archive_that_is_not_there_says_how_to_name_one()
    {
        var missing = Path.Combine(Folder, "input");
        var (code, _, error) = Run("generate", Path.Combine(Folder, "out"), "--pages", "3", "--from", missing);
        Assert.Equal(2, code);
        Assert.Contains(missing + ": no such folder to take articles from", error);
        Assert.Contains("--from", error);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void A_few_pages_are_written_from_the_sample_archive()
    {
        var (code, output, error) = Run("generate", Path.Combine(Folder, "out"), "--pages", "3", "--from", Repo.InputFolder);
        Assert.True(code == 0, error);
        Assert.Contains("Wrote 3 pages", output);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(Folder, "out", "pages"), "*.txt", SearchOption.AllDirectories).Length);
    }
}
