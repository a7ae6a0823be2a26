using Pages.Archive;

namespace Pages.Tests.Model;

/// <summary>An article's opening is the start of its text, however long, made without the rest.</summary>
public sealed class ArticleOpeningTests
{
    [Fact]
    public void The_opening_is_the_start_of_the_text()
    {
        var articles = ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig).Articles.Select(a => a.Article).ToList();
        Assert.Contains(articles, a => a.Paragraphs.Count() > 2);
        foreach (var article in articles)
            foreach (var length in new[] { 0, 1, 5, 64, 101, 257, 100_000 })
                Assert.Equal(article.Text[..Math.Min(length, article.Text.Length)], article.Opening(length));
    }
}
