using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pages.Build;
using Pages.Cache;
using Pages.Search;

namespace Pages.Cli.Commands;

/// <summary>
/// `pages search "query"`: searches the archive with Lucene, for archivists: ranked results with
/// highlighted excerpts ([…] marks a match), or JSON. The index is kept in the build cache beside
/// the output folder (output.cache/lucene/) and brought up to date by article id on each run, so
/// only pages changed since the last build or search are split and indexed again.
/// </summary>
internal static class SearchCommand
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("query") { Description = "What to find: words must all occur; \"quoted\" text is an exact phrase" };
        var paths = new Argument<string[]>("paths") { Description = "The input folder, or page files (default: input)", Arity = ArgumentArity.ZeroOrMore };
        var township = new Option<string[]>("--township") { Description = "Only articles about this township" };
        var topic = new Option<string[]>("--topic") { Description = "Only articles on this topic" };
        var year = new Option<string[]>("--year") { Description = "Only articles of this year" };
        var top = new Option<int>("--top") { Description = "How many results", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "The site's output folder, beside which the index is kept (output.cache/)", DefaultValueFactory = _ => "output" };
        var config = CommonOptions.Config();
        var command = new Command("search", "Search the archive's articles") { query, paths, township, topic, year, top, json, outputFolder, config };
        command.SetAction(parse =>
        {
            var filters = (parse.GetValue(township) ?? []).Select(v => (SearchFields.Township, v))
                .Concat((parse.GetValue(topic) ?? []).Select(v => (SearchFields.Topic, v)))
                .Concat((parse.GetValue(year) ?? []).Select(v => (SearchFields.Year, v)));
            var inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["input"];
            return Run(parse.GetValue(query)!, inputs, [.. filters], parse.GetValue(top), parse.GetValue(json), parse.GetValue(outputFolder)!, parse.GetValue(config), output, error);
        });
        return command;
    }

    static int Run(string text, string[] paths, List<(string, string)> filters, int top, bool json, string outputFolder, string? configFile, TextWriter output, TextWriter error)
    {
        if (!CommonOptions.TryLoadConfig(configFile, paths, error, out var site))
            return 2;
        var cache = BuildCache.Open(outputFolder);
        if (cache.ResetReason is { } reset)
            error.WriteLine($"{reset}; it was emptied and the index is built again.");
        var archive = CachedArchive.Load(paths, site, cache);
        foreach (var problem in archive.Problems)
            error.WriteLine(problem);
        var docs = SearchDocuments.From(archive);
        var (directory, update) = LuceneStore.Open(cache, docs);
        if (update.Added + update.Changed + update.Removed > 0 && !json)
            error.WriteLine($"Search index brought up to date: {update.Added} article(s) added, {update.Changed} changed, {update.Removed} removed.");
        using var searcher = new ArchiveSearcher(directory, docs);
        var query = SearchQuery.Parse(text, filters);
        if (query.IsEmpty)
        {
            error.WriteLine("The query has nothing to search for.");
            return 2;
        }
        var results = searcher.Search(query, top);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                total = results.Total,
                hits = results.Hits.Select(h => new { id = h.Document.Id, url = h.Document.Url, title = h.Document.DisplayTitle, score = h.Score, excerpt = Marked(h.Excerpt) }),
            }, Json));
            return 0;
        }
        output.WriteLine($"{results.Total} article(s) match; the best {results.Hits.Count}:");
        foreach (var (hit, i) in results.Hits.Select((h, i) => (h, i)))
        {
            output.WriteLine();
            output.WriteLine($"{i + 1,3}. {hit.Document.DisplayTitle}  ({hit.Document.Id}, score {hit.Score:0.000})");
            output.WriteLine($"     {Marked(hit.Excerpt)}");
        }
        return 0;
    }

    static string Marked(IEnumerable<ExcerptPart> parts) => string.Concat(parts.Select(p => p.Hit ? $"[{p.Text}]" : p.Text));
}
