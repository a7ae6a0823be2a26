using Pages.Reading;
using Pages.Splitting;

namespace Pages.Tests.Splitting;

/// <summary>Inputs far larger than any printed page: the splitter returns, and keeps every character.</summary>
public class LargeInputTests
{
    [Fact]
    public void A_ten_megabyte_single_line()
    {
        var sample = Repo.ReadSample(Repo.SamplePages[0]).Text.Replace("\n", "", StringComparison.Ordinal);
        var line = string.Concat(Enumerable.Repeat(sample, 10_000_000 / sample.Length / 3 + 1));
        var source = PageSource.FromText("line", line);
        var split = PageSplitter.Split(source, Repo.SampleOptions);
        Assert.NotEmpty(split.Articles);
        Assert.Null(Conservation.FindViolation(source.Text, split));
    }

    [Fact]
    public void A_page_of_two_thousand_pages()
    {
        var sample = Repo.ReadSample(Repo.SamplePages[2]).Text;
        var source = PageSource.FromText("many", string.Concat(Enumerable.Repeat(sample, 2000)));
        var split = PageSplitter.Split(source, Repo.SampleOptions);
        Assert.Equal(2000 * Repo.SplitSample(Repo.SamplePages[2]).Articles.Length, split.Articles.Length);
        Assert.Null(Conservation.FindViolation(source.Text, split));
    }
}
