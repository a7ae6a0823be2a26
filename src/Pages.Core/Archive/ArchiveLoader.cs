using Pages.Config;
using Pages.Model;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Archive;

/// <summary>
/// Reads, splits and tags every page named (files or folders). Pages are independent, so they are
/// processed in parallel; the result keeps the pages in path order whatever finishes first. A page
/// that cannot be read becomes a problem and the rest go on.
/// </summary>
public static class ArchiveLoader
{
    public static LoadedArchive Load(IEnumerable<string> paths, SiteConfig config, IProgress<int>? progress = null)
    {
        var problems = new List<Problem>();
        var files = PageFiles.Find(paths, problems);
        var options = SplitterOptions.From(config);
        var tagger = new ArticleTagger(config);
        var results = new (LoadedPage? Page, List<Problem> Problems)[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, i =>
        {
            results[i] = LoadPage(files[i], options, tagger);
            progress?.Report(Interlocked.Increment(ref done));
        });
        foreach (var result in results)
            problems.AddRange(result.Problems);
        return new LoadedArchive(config, [.. results.Select(r => r.Page).OfType<LoadedPage>()], [.. problems]);
    }

    public static (LoadedPage? Page, List<Problem> Problems) LoadPage(string file, SplitterOptions options, ArticleTagger tagger)
    {
        var problems = new List<Problem>();
        var source = PageReader.Read(file, out var readProblem);
        if (readProblem is not null)
            problems.Add(readProblem);
        if (source is null)
            return (null, problems);
        var meta = PageMetaReader.Read(file, out var metaProblem);
        if (metaProblem is not null)
            problems.Add(metaProblem);
        return (Process(source, meta, options, tagger), problems);
    }

    /// <summary>Splits and tags a page already read.</summary>
    public static LoadedPage Process(PageSource source, PageMeta meta, SplitterOptions options, ArticleTagger tagger)
    {
        var split = PageSplitter.Split(source, options);
        return new LoadedPage(source, meta, split, [.. split.Articles.Select(a => tagger.TagArticle(a, meta))]);
    }
}
