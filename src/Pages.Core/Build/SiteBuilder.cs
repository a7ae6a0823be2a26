using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pages.Archive;
using Pages.Corrections;
using Pages.Export;
using Pages.Model;
using Pages.Pipeline;
using Pages.Reading;
using Pages.Search;
using Pages.Search.Export;
using Pages.Site;
using Pages.Site.Theming;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Build;

/// <summary>
/// `pages build`: the whole build as a list of stages. Read the pages, split them into articles,
/// tag the articles, organise the site, render every page into a staging folder, check every link,
/// and publish the staging folder in place of the old output. A build that fails at any point
/// leaves the old output as it was.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IBuildProgress? progress = null)
    {
        progress ??= SilentProgress.Instance;
        var stages = new Stages();
        var problems = new ConcurrentBag<Problem>();
        var (pageCount, articleCount, written) = (0, 0, 0);
        try
        {
            var findProblems = new List<Problem>();
            var files = PageFiles.Find(options.Inputs, findProblems).ToArray();
            findProblems.ForEach(problems.Add);

            var read = stages.Run("read", [], files.Length, () => Read(files, problems, progress), r => r.Length);
            if (options.Strict && problems.Any(p => p.Severity == Severity.Error))
                return Failed("a page could not be read, and --strict was given");
            var splitter = SplitterOptions.From(options.Config);
            var split = stages.Run("split", ["read"], read.Length,
                () => Parallel(read, progress, "split", r =>
                {
                    var found = new List<Problem>();
                    var (page, applied) = ArchiveLoader.Split(r.Source, r.Corrections, splitter, found);
                    found.ForEach(problems.Add);
                    return (r.Source, r.Meta, Split: page, Applied: applied);
                }), s => s.Sum(p => p.Split.Articles.Length));
            var tagger = new ArticleTagger(options.Config);
            var tagged = stages.Run("tag", ["split"], split.Sum(s => s.Split.Articles.Length),
                () => Parallel(split, progress, "tag", s => ArchiveLoader.Tag(s.Source, s.Meta, s.Split, s.Applied, tagger)),
                t => t.Sum(p => p.Articles.Length));
            var archive = new LoadedArchive(options.Config, [.. tagged], [.. problems]);
            var site = stages.Run("organize", ["tag"], tagged.Length, () => SiteModelBuilder.Build(archive), m => m.Articles.Count);
            (pageCount, articleCount) = (site.Pages.Count, site.Articles.Count);

            using var staging = new StagingFolder(options.Output);
            var theme = new Theme(options.ThemeFolders);
            stages.Run("index", ["organize"], site.Articles.Count, () => SearchExport.Write(SearchDocuments.From(site), staging.Root), s => s.Files);
            var html = stages.Run("render", ["organize", "index"], site.Articles.Count, () => Render(site, archive, theme, staging, progress), h => h.Count);
            written = html.Count;
            var broken = stages.Run("check", ["render"], html.Count, () => LinkChecker.Check(staging.Root, html), b => b.Count);
            if (broken.Count > 0)
                return Failed($"{broken.Count} broken link(s), for example: " + string.Join("; ", broken.Take(5).Select(b => $"{b.Page} links to '{b.Link}'")));
            stages.Run("write", ["check"], html.Count, () => { staging.Publish(); return html.Count; }, n => n);
            return new BuildResult(stages.Reports, Sorted(problems), null, pageCount, articleCount, written);
        }
        catch (Exception e) when (e is ThemeException or RenderException or IOException or UnauthorizedAccessException)
        {
            return Failed(e.Message);
        }

        BuildResult Failed(string why) => new(stages.Reports, Sorted(problems), why, pageCount, articleCount, written);
    }

    static (PageSource Source, PageMeta Meta, ImmutableArray<Correction> Corrections)[] Read(string[] files, ConcurrentBag<Problem> problems, IBuildProgress progress) =>
        Parallel(files, progress, "read", file =>
        {
            var source = PageReader.Read(file, out var problem);
            if (problem is not null)
                problems.Add(problem);
            if (source is null)
                return ((PageSource, PageMeta, ImmutableArray<Correction>)?)null;
            var meta = PageMetaReader.Read(file, out var metaProblem);
            if (metaProblem is not null)
                problems.Add(metaProblem);
            var found = new List<Problem>();
            var corrections = ArchiveLoader.ReadCorrections(file, found);
            found.ForEach(problems.Add);
            return (source, meta, corrections);
        }).OfType<(PageSource, PageMeta, ImmutableArray<Correction>)>().ToArray();

    /// <summary>Maps in parallel, keeping the input's order in the result.</summary>
    static TOut[] Parallel<TIn, TOut>(TIn[] items, IBuildProgress progress, string stage, Func<TIn, TOut> map)
    {
        progress.Stage(stage, items.Length);
        var results = new TOut[items.Length];
        var done = 0;
        System.Threading.Tasks.Parallel.For(0, items.Length, i =>
        {
            results[i] = map(items[i]);
            progress.Advance(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>Renders every page into the staging folder as it goes, then the assets, feed, sitemap and export.</summary>
    static List<string> Render(SiteModel site, LoadedArchive archive, Theme theme, StagingFolder staging, IBuildProgress progress)
    {
        var renderer = new SiteRenderer(site, new TemplateRenderer(theme), Quality.QualityReport.Check(archive));
        var jobs = renderer.Jobs().ToList();
        progress.Stage("render", jobs.Count);
        var done = 0;
        try
        {
            System.Threading.Tasks.Parallel.ForEach(jobs, job =>
            {
                string html;
                try
                {
                    html = job.Render();
                }
                catch (ThemeException)
                {
                    throw;
                }
                catch (Exception e)
                {
                    var from = job.Source.Length > 0 ? $" (from {job.Source})" : "";
                    throw new RenderException($"{job.Path}{from} could not be rendered: {e.Message}", e);
                }
                staging.WriteText(job.Path, html);
                progress.Advance(Interlocked.Increment(ref done));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        foreach (var (path, file) in theme.Assets())
            staging.Copy(path, file);
        var html = jobs.Select(j => j.Path).ToList();
        using (var feed = staging.Create(SitePaths.Feed))
            FeedWriter.Write(site, feed);
        using (var sitemap = staging.Create(SitePaths.Sitemap))
            SitemapWriter.Write(site, html, sitemap);
        using (var export = staging.Create(SitePaths.Export))
            SplitJson.Serialize(site.Pages.Select(p => p.Loaded), export);
        return html;
    }

    static List<Problem> Sorted(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0)];
}

/// <summary>A page of the site that could not be rendered, with what it shows from the input.</summary>
public sealed class RenderException(string message, Exception inner) : Exception(message, inner);
