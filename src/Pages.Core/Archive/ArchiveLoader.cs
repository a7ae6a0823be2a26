using System.Collections.Immutable;
using Pages.Config;
using Pages.Corrections;
using Pages.Files;
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
        var corrections = ReadCorrections(file, problems);
        var (split, applied) = Split(source, corrections, options, problems);
        return (Tag(source, meta, split, applied, tagger), problems);
    }

    /// <summary>Splits and tags a page already read, with no corrections.</summary>
    public static LoadedPage Process(PageSource source, PageMeta meta, SplitterOptions options, ArticleTagger tagger)
    {
        var (split, applied) = Split(source, [], options, []);
        return Tag(source, meta, split, applied, tagger);
    }

    /// <summary>The page's corrections file, or none; a file that cannot be read or parsed is a problem and none are used.</summary>
    public static ImmutableArray<Correction> ReadCorrections(string pageFile, ICollection<Problem> problems)
    {
        try
        {
            return CorrectionsReader.Read(pageFile);
        }
        catch (ConfigException e)
        {
            problems.Add(new Problem(Severity.Error, e.File, e.Line, null, $"corrections not used: {e.Problem}"));
            return [];
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            problems.Add(new Problem(Severity.Error, CorrectionsReader.FileFor(pageFile), null, null,
                $"corrections could not be read: {FileFailure.Reason(e)}; the page is built without them"));
            return [];
        }
    }

    /// <summary>Splits the page and applies its corrections.</summary>
    public static (SplitPage Split, IReadOnlyDictionary<int, IReadOnlyList<Correction>> Applied) Split(
        PageSource source, IReadOnlyList<Correction> corrections, SplitterOptions options, ICollection<Problem> problems) =>
        CorrectionApplier.Apply(PageSplitter.Split(source, options), corrections, problems);

    /// <summary>
    /// Tags the page's articles, then applies the corrections' tag changes. What the metadata file
    /// leaves unknown is taken from the page's running head where it has one (<see cref="RunningHeadMeta"/>).
    /// </summary>
    public static LoadedPage Tag(PageSource source, PageMeta meta, SplitPage split, IReadOnlyDictionary<int, IReadOnlyList<Correction>> applied, ArticleTagger tagger)
    {
        var known = RunningHeadMeta.Complete(meta, split.Furniture);
        return new(source, known, split, [.. split.Articles.Select(a =>
        {
            var tagged = tagger.TagArticle(a, known);
            return applied.TryGetValue(a.Number, out var corrections) ? tagged with { Tags = CorrectionApplier.Apply(tagged.Tags, corrections) } : tagged;
        })]);
    }
}
