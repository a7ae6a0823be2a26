namespace Pages.Tests.Cli;

public class TagsCommandTests
{
    static (int Code, string Out) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = Pages.Cli.Cli.Run(args, output, new StringWriter());
        return (code, output.ToString());
    }

    [Fact]
    public void Every_place_and_topic_has_its_count()
    {
        var (code, output) = Run("tags", Repo.InputFolder);
        Assert.Equal(0, code);
        Assert.Contains("36 articles on 5 pages", output);
        Assert.Matches(@"阳庙镇 \(镇\)\s+5", output);
        Assert.Matches(@"民生\s+\d+ / \d+", output);
        Assert.Contains("宁国镇  in 000_1e3030292b08ed47-01", output);
    }

    [Fact]
    public void One_article_explained()
    {
        var (code, output) = Run("tags", Repo.InputFolder, "--article", "000_1e3030292b08ed47-07");
        Assert.Equal(0, code);
        Assert.Contains("townships: 阳庙镇", output);
        Assert.Contains("生态环保", output);
    }
}
