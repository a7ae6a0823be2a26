using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Pages.Archive;
using Pages.Export;
using Pages.Model;

namespace Pages.Generate;

/// <summary>
/// `pages generate`: writes a realistic archive of any size by recombining and perturbing the
/// articles of an existing archive (the samples) into new pages, with dates, page numbers and page
/// metadata, in both layouts the samples show. The same seed always gives the same archive.
/// Optionally writes each page's answer key in the evaluation's gold format, so the splitter can be
/// scored on pages it has never seen.
/// </summary>
public static class ArchiveGenerator
{
    /// <summary>Pages per day's issue.</summary>
    public const int PagesPerIssue = 8;

    static readonly DateOnly FirstIssue = new(2014, 1, 1);

    public static int Generate(LoadedArchive source, int pageCount, int seed, string folder, string? goldFolder, IProgress<int>? progress = null)
    {
        var random = new Random(seed);
        var pool = Pool(source);
        if (pool.Count == 0)
            throw new InvalidOperationException("the source archive has no articles to recombine");
        var news = pool.Where(p => p.Article.Kind != ArticleKind.Photo).ToList();
        var photos = pool.Where(p => p.Article.Kind == ArticleKind.Photo).ToList();
        var masthead = source.Config.Newspaper.Sections.FirstOrDefault();
        // What later versions added (paragraph indents, continuation marks) is drawn apart, so that
        // the rest of each page is what the same seed gave before (the benchmarks' archives stay comparable).
        var extras = new Random(seed ^ 0x1D3E7);
        var composer = new PageComposer(random, extras);
        var json = new JsonSerializerOptions(SplitJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

        for (var i = 0; i < pageCount; i++)
        {
            var date = FirstIssue.AddDays(i / PagesPerIssue);
            var number = i % PagesPerIssue + 1;
            var name = $"{date:yyyy-MM-dd}-p{number}";
            var dir = Path.Combine(folder, date.ToString("yyyy", CultureInfo.InvariantCulture), date.ToString("MM", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);

            // Each article at most once on a page: the same text twice would be one article printed twice.
            var articles = new List<(GeneratedArticle, IReadOnlyList<string>, IReadOnlyList<string>)>();
            var used = new HashSet<GeneratedArticle>();
            var count = random.Next(4, 11);
            var featureUsed = false;
            for (var k = 0; k < count; k++)
            {
                var fromPhotos = photos.Count > 0 && random.NextDouble() < 0.15;
                var (article, townships, topics) = (fromPhotos ? photos : news)[random.Next((fromPhotos ? photos : news).Count)];
                var isFeature = article.Sections.Any(s => s.Heading is not null);
                if ((isFeature && featureUsed) || !used.Add(article))
                    continue;
                featureUsed |= isFeature;
                var perturbed = Perturb(article, random);
                articles.Add((perturbed, Named(perturbed, townships, source.Config), topics));
            }
            var layout = random.NextDouble() < 0.8 ? PageLayout.HeadlinesAfterBody : PageLayout.HeadlinesBeforeBody;
            var (text, gold) = composer.Compose(articles, layout, masthead, ParagraphIndent(extras));
            File.WriteAllText(Path.Combine(dir, name + ".txt"), text);
            File.WriteAllText(Path.Combine(dir, name + ".yml"),
                $"date: {date:yyyy-MM-dd}\nedition: 第{8000 + i / PagesPerIssue}期\npage: {number}\n" + (masthead is null ? "" : $"section: {masthead}\n"));
            if (goldFolder is not null)
            {
                Directory.CreateDirectory(goldFolder);
                File.WriteAllText(Path.Combine(goldFolder, name + ".json"), JsonSerializer.Serialize(gold, json));
            }
            progress?.Report(i + 1);
        }
        return pageCount;
    }

    /// <summary>The source's articles as printable parts. 又讯 reports and articles without text are left out.</summary>
    static List<(GeneratedArticle Article, IReadOnlyList<string> Townships, IReadOnlyList<string> Topics)> Pool(LoadedArchive source) =>
        [.. source.Articles
            .Where(a => !a.Article.IsFollowUp && a.Article.Paragraphs.Any())
            .Select(a => (From(a.Article), (IReadOnlyList<string>)a.Tags.Townships, (IReadOnlyList<string>)a.Tags.Topics))];

    static GeneratedArticle From(Article a)
    {
        var byline = a.Byline?.Text;
        var isLede = byline is not null && Splitting.LedeParser.Parse(byline) is not null;
        return new GeneratedArticle(
            a.Kind == ArticleKind.Photo ? ArticleKind.Photo : ArticleKind.News,
            a.Kicker?.Text,
            a.Title?.Text,
            a.Subtitle?.Text,
            byline,
            isLede,
            [.. a.Sections.Select(s => (s.Heading?.Text, s.Paragraphs.Select(p => p.Text).ToImmutableArray()))],
            a.PhotoCredit?.Text);
    }

    /// <summary>
    /// The source article's townships that the varied article still names (the township, an alias,
    /// a misprint or one of its villages, with or without 村, in its headings or text): one whose
    /// only mention was in a dropped paragraph is no longer the article's, and the answer key must
    /// not ask for it.
    /// </summary>
    static IReadOnlyList<string> Named(GeneratedArticle article, IReadOnlyList<string> townships, Config.SiteConfig config)
    {
        var text = string.Concat(new[] { article.Kicker, article.Title, article.Subtitle }.Concat(article.Sections.Select(s => s.Heading)).Concat(article.Paragraphs));
        return [.. townships.Where(name => config.Townships.FirstOrDefault(t => t.Name == name) is not { } township
            || new[] { township.Name }.Concat(township.Aliases).Concat(township.Misprints).Concat(township.Villages.Select(v => v.Name.EndsWith('村') && v.Name.Length > 2 ? v.Name[..^1] : v.Name))
                .Any(n => text.Contains(n, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// A quarter of the pages are extracted with every paragraph indented, by two ideographic
    /// spaces or two spaces, as much extracted Chinese text is; the others with no indent.
    /// </summary>
    static string ParagraphIndent(Random extras) =>
        extras.NextDouble() >= 0.25 ? "" : extras.NextDouble() < 0.5 ? "\u3000\u3000" : "  ";

    /// <summary>Varies an article: drops some paragraphs of a long one, and now and then its headline.</summary>
    static GeneratedArticle Perturb(GeneratedArticle article, Random random)
    {
        var sections = article.Sections.Select(s =>
        {
            var keep = s.Paragraphs.Where((_, i) => i == 0 || random.NextDouble() < 0.8).ToImmutableArray();
            return (s.Heading, keep);
        }).ToImmutableArray();
        var dropTitle = article.Kind == ArticleKind.News && article.Title is not null && random.NextDouble() < 0.05;
        return article with
        {
            Sections = sections,
            Title = dropTitle ? null : article.Title,
            Kicker = dropTitle ? null : article.Kicker,
            Subtitle = dropTitle ? null : article.Subtitle,
        };
    }
}
