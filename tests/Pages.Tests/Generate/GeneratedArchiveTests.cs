using System.Text.Json;
using Pages.Archive;
using Pages.Generate;

namespace Pages.Tests.Generate;

/// <summary>
/// `pages generate` makes pages nobody wrote by hand, with answer keys: the splitter is scored on
/// them as the evaluation scores it (a predicted article matches a gold one when it contains the
/// gold's first and last words and no other gold article's).
/// </summary>
public sealed class GeneratedArchiveTests : TempFolder
{

    static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    static LoadedArchive Samples() => ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig);

    [Fact]
    public void The_same_seed_gives_the_same_archive()
    {
        var source = Samples();
        ArchiveGenerator.Generate(source, 12, 5, Path.Combine(Folder, "a"), null);
        ArchiveGenerator.Generate(source, 12, 5, Path.Combine(Folder, "b"), null);
        var a = Hashes(Path.Combine(Folder, "a"));
        Assert.Equal(24, a.Count);
        Assert.Equal(a, Hashes(Path.Combine(Folder, "b")));
        Assert.Contains(Path.Combine("2014", "01", "2014-01-01-p1.yml"), a.Keys);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void The_splitter_finds_the_articles_of_generated_pages(int seed)
    {
        var pages = Path.Combine(Folder, "pages");
        var gold = Path.Combine(Folder, "gold");
        ArchiveGenerator.Generate(Samples(), 60, seed, pages, gold);
        var split = ArchiveLoader.Load([pages], Repo.SampleConfig);
        Assert.Empty(split.Problems);

        int goldCount = 0, predicted = 0, matched = 0, headlines = 0, headlinesRight = 0, townships = 0, townshipsFound = 0;
        foreach (var page in split.Pages)
        {
            var answers = JsonSerializer.Deserialize<List<GoldArticle>>(File.ReadAllText(Path.Combine(gold, page.Split.Name + ".json")), Json)!;
            var texts = page.Split.Articles.Select(a => Compare(string.Join(" ", a.Pieces.OrderBy(p => p.Offset).Select(p => p.Text)))).ToList();
            var used = new HashSet<int>();
            goldCount += answers.Count;
            predicted += texts.Count;
            for (var g = 0; g < answers.Count; g++)
            {
                var (first, last) = (Compare(answers[g].First), Compare(answers[g].Last));
                var others = answers.Where((_, o) => o != g).SelectMany(o => new[] { Compare(o.First), Compare(o.Last) }).ToList();
                var hit = Enumerable.Range(0, texts.Count).FirstOrDefault(p => !used.Contains(p)
                    && texts[p].Contains(first, StringComparison.Ordinal) && texts[p].Contains(last, StringComparison.Ordinal)
                    && !others.Any(o => texts[p].Contains(o, StringComparison.Ordinal)), -1);
                if (hit < 0)
                    continue;
                used.Add(hit);
                matched++;
                // The answer key names only townships the article as printed still names.
                townships += answers[g].Townships.Count;
                townshipsFound += answers[g].Townships.Count(page.Articles[hit].Tags.Townships.Contains);
                if (answers[g].Headline is { } headline)
                {
                    headlines++;
                    var article = page.Split.Articles[hit];
                    headlinesRight += Compare((article.Kicker?.Text ?? "") + article.Title?.Text).EndsWith(Compare(headline), StringComparison.Ordinal) ? 1 : 0;
                }
            }
        }
        var f1 = 2.0 * matched / (goldCount + predicted);
        Assert.True(f1 >= 0.97, $"f1 {f1:F3} ({matched} of {goldCount} gold articles, {predicted} predicted)");
        Assert.True(headlinesRight >= 0.95 * headlines, $"headlines {headlinesRight} of {headlines}");
        Assert.True(townshipsFound >= 0.98 * townships, $"townships {townshipsFound} of {townships}");
    }

    static string Compare(string text) => string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit));
}
