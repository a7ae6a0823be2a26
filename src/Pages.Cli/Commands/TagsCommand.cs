using System.CommandLine;
using Pages.Archive;
using Pages.Config;
using Pages.Export;
using Pages.Tagging;

namespace Pages.Cli.Commands;

/// <summary>
/// `pages tags`: every place and topic with its article count, so an archivist can see what the
/// configuration does to the archive; `--article ID` shows how one article's topics were scored.
/// </summary>
internal static class TagsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "The input folder, or page files", Arity = ArgumentArity.OneOrMore };
        var article = new Option<string?>("--article") { Description = "Show how this article's places and topics were found (an id such as 000_1e3030292b08ed47-01)" };
        var config = CommonOptions.Config();
        var command = new Command("tags", "List every place and topic with its article count") { paths, article, config };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(article), parse.GetValue(config), output, error));
        return command;
    }

    static int Run(string[] paths, string? articleId, string? configFile, TextWriter output, TextWriter error)
    {
        if (!CommonOptions.TryLoadConfig(configFile, paths, error, out var site))
            return 2;
        if (site.File.Length == 0)
            error.WriteLine($"No {SiteConfig.FileName} found: there are no places or topics to tag by.");
        var archive = ArchiveLoader.Load(paths, site);
        foreach (var problem in archive.Problems)
            error.WriteLine(problem);
        var articles = archive.Articles.ToList();
        if (articleId is not null)
            return Explain(articles.FirstOrDefault(a => ArticleIds.Of(a.Article) == articleId), articleId, site, output, error);

        output.WriteLine($"{articles.Count} articles on {archive.Pages.Length} pages");
        output.WriteLine();
        output.WriteLine("Places");
        if (site.Zone.Name.Length > 0)
            output.WriteLine(Row($"{site.Zone.Name} (the zone as a whole)", articles.Count(a => a.Tags.Zone), 2));
        foreach (var township in site.Townships)
        {
            output.WriteLine(Row($"{township.Name} ({township.Kind})", articles.Count(a => a.Tags.Townships.Contains(township.Name)), 2));
            foreach (var village in township.Villages)
            {
                var n = articles.Count(a => a.Tags.Villages.Contains(village.Name));
                if (n > 0)
                    output.WriteLine(Row(village.Name, n, 6));
            }
        }
        output.WriteLine(Row("(no township)", articles.Count(a => a.Tags.Townships.IsEmpty), 2));
        output.WriteLine();
        output.WriteLine("Topics (as primary topic / in all)");
        foreach (var topic in site.Topics)
        {
            var primary = articles.Count(a => a.Tags.Topics.FirstOrDefault() == topic.Name);
            output.WriteLine(Row(topic.Name, primary, 2, articles.Count(a => a.Tags.Topics.Contains(topic.Name))));
        }
        output.WriteLine(Row("(no topic)", articles.Count(a => a.Tags.Topics.IsEmpty), 2));
        var misprints = articles.Where(a => !a.Tags.Misprints.IsEmpty).ToList();
        if (misprints.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Misprinted place names");
            foreach (var a in misprints)
                output.WriteLine($"  {string.Join("、", a.Tags.Misprints)}  in {ArticleIds.Of(a.Article)}  ({a.Article.Span})");
        }
        return 0;
    }

    static string Row(string label, int count, int indent, int? all = null)
    {
        var pad = new string(' ', indent) + label;
        // Chinese characters take two columns in a terminal.
        var width = pad.Sum(c => c > 0x2E80 ? 2 : 1);
        return pad + new string(' ', Math.Max(1, 36 - width)) + count + (all is { } a ? $" / {a}" : "");
    }

    static int Explain(TaggedArticle? article, string id, SiteConfig site, TextWriter output, TextWriter error)
    {
        if (article is null)
        {
            error.WriteLine($"No article {id} in these pages.");
            return 1;
        }
        var tags = article.Tags;
        output.WriteLine($"{id}  {article.Article.Title?.Text ?? "(no headline)"}  ({article.Article.Span})");
        output.WriteLine($"  townships: {string.Join("、", tags.Townships)}");
        output.WriteLine($"  villages:  {string.Join("、", tags.Villages)}");
        output.WriteLine($"  zone:      {(tags.Zone ? "yes" : "no")}");
        output.WriteLine($"  topics:    {string.Join("、", tags.Topics)}");
        output.WriteLine("  topic scores (a cue in the headline counts 4, in the body 1, a weak cue half):");
        foreach (var (topic, score) in new ArticleTagger(site).ExplainTopics(article.Article).Where(t => t.Score > 0))
            output.WriteLine($"    {topic}  {score}");
        return 0;
    }
}
