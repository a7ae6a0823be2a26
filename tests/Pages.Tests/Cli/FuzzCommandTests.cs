namespace Pages.Tests.Cli;

public class FuzzCommandTests
{
    [Fact]
    public void A_short_fuzz_run_finds_nothing_and_says_how_much_it_tried()
    {
        var output = new StringWriter();
        Assert.Equal(0, Pages.Cli.Cli.Run(["fuzz", Repo.InputFolder, "--runs", "200", "--seed", "3"], output, new StringWriter()));
        Assert.Contains("200 pages", output.ToString());
        Assert.Contains("0 failures", output.ToString());
    }
}
