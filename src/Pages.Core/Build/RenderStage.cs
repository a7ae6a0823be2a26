using System.Collections.Concurrent;
using Pages.Archive;
using Pages.Cache;
using Pages.Export;
using Pages.Reading;
using Pages.Site;
using Pages.Site.Theming;

namespace Pages.Build;

/// <summary>What the render stage wrote.</summary>
/// <param name="Html">Every HTML page of the new site.</param>
/// <param name="Rendered">The pages rendered in this build (the others were kept unchanged in the published site).</param>
/// <param name="Removed">Pages of the published site that the new site no longer has.</param>
internal sealed record RenderResult(List<string> Html, List<string> Rendered, List<string> Removed, RenderManifest Manifest)
{
    /// <summary>What the link check found.</summary>
    public IReadOnlyList<BrokenLink> Broken { get; init; } = [];
}

/// <summary>
/// Renders every page into the staging folder as it goes, then the assets, feed, sitemap and
/// export, handing each rendered page to the link check. With a manifest of the published site, a
/// page whose key is the one it was published with is kept as it is instead of rendered: its bytes
/// would be the same. The key is the hash of the page's model, or for articles and printed pages
/// a hash of what they are made of (<see cref="RenderSources"/>), so most pages are not even built.
/// </summary>
internal static class RenderStage
{
    /// <param name="publishedExport">The manifest of the published site, whatever its theme, for its export.</param>
    /// <param name="beside">Work writing into the staging folder meanwhile (a rebuild's index update), waited for
    /// before the site's files are listed in the manifest, and before a failed render lets the folder go.</param>
    /// <param name="names">How the site names input files (the quality report's and the export's).</param>
    public static RenderResult Run(SiteModel site, LoadedArchive archive, Theme theme, string themeHash, string? inputs,
        RenderManifest? publishedExport, StagingFolder staging, LinkChecker links, IBuildProgress progress, SourceNames names, Task? beside = null)
    {
        // Pages rendered with another theme may not be kept, whatever their keys.
        var published = publishedExport?.Theme == themeHash ? publishedExport : null;
        var templates = new TemplateRenderer(theme);
        var jobs = new SiteRenderer(site, [.. Quality.QualityReport.Check(archive).Select(f => f with { File = names.Of(f.File) })]).Jobs().ToList();
        progress.Stage("render", jobs.Count);
        var keys = new string[jobs.Count];
        // Pages kept are noted here and kept after the loop, one thread alone: the staging folder's
        // table of files is shared, and two threads keeping a page each turn spent more time
        // waiting for its locks (1.3 s of processor time at 5,000 pages) than keeping.
        var kept = new bool[jobs.Count];
        var rendered = new ConcurrentBag<string>();
        var done = 0;
        // The export (data/, 100 MB at 5,000 pages) is written meanwhile: it needs no page, and
        // copying what is unchanged in a month's file is a wait on the disk more than work.
        var exportSpans = Task.Run(() => WriteExport(site, publishedExport, staging, names));
        // The feed and the sitemap need only the site and the list of pages: written meanwhile too.
        // The sitemap lists every page (0.1-0.2 s of one thread at 5,000 pages): the published one
        // is kept when it lists the same (its key says; the theme does not enter it).
        var html = jobs.Select(j => j.Path).ToList();
        var lists = Task.Run(() =>
        {
            staging.Write(SitePaths.Feed, stream => FeedWriter.Write(site, stream));
            var sitemap = SitemapWriter.Of(site, html);
            if (staging.CanKeep(SitePaths.Sitemap) && SitemapWriter.Lists(Path.Combine(staging.Output, SitePaths.Sitemap), sitemap))
                staging.Keep(SitePaths.Sitemap);
            else
                staging.Write(SitePaths.Sitemap, stream => SitemapWriter.Write(sitemap, stream));
        });
        try
        {
            Parallel.For(0, jobs.Count, i =>
            {
                var job = jobs[i];
                // A page keyed by its sources is built only if it must be rendered.
                var sourceKey = job.SourceKey?.Invoke();
                var model = sourceKey is null ? Build(job) : null;
                var key = keys[i] = sourceKey ?? RenderManifest.KeyOf(model!);
                if (published is not null && published.Keys.GetValueOrDefault(job.Path) == key && staging.CanKeep(job.Path))
                    kept[i] = true;
                else
                {
                    Render(job, model ?? Build(job), templates, html =>
                    {
                        staging.WriteBytes(job.Path, PageBytes.Of(html));
                        links.Add(job.Path, html);
                    });
                    rendered.Add(job.Path);
                }
                progress.Advance(Interlocked.Increment(ref done));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The export's task is let finish first: it writes into the staging folder, which the
            // caller deletes as the build fails.
            Task.WaitAny(Task.WhenAll([exportSpans, lists, .. beside is null ? Array.Empty<Task>() : [beside]]));
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        for (var i = 0; i < jobs.Count; i++)
            if (kept[i])
                staging.Keep(jobs[i].Path);
        var spans = exportSpans.GetAwaiter().GetResult();
        lists.GetAwaiter().GetResult();

        foreach (var (path, file) in theme.Assets())
            staging.Copy(path, file);
        beside?.GetAwaiter().GetResult();

        // Every file is written or kept by now: the manifest lists the staging folder's own table
        // (copying its 180,000 entries at 5,000 pages was a tenth of a second of every rebuild).
        var pageKeys = new Dictionary<string, string>(jobs.Count, StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
            pageKeys.Add(jobs[i].Path, keys[i]);
        var manifest = new RenderManifest(themeHash, inputs, pageKeys, staging.Files)
        {
            ExportSpans = spans,
        };
        staging.WriteStamp(manifest.Stamp());
        var removed = published is null ? [] : published.Keys.Keys.Where(p => !manifest.Keys.ContainsKey(p)).ToList();
        return new RenderResult(html, [.. rendered.Order(StringComparer.Ordinal)], removed, manifest);
    }

    /// <summary>
    /// The export is the archive's alone, a file per month: a month's file is kept when it holds the
    /// same pages as the published one, else written again, taking from the published file the
    /// JSON of the pages it has unchanged.
    /// </summary>
    static Dictionary<string, ExportSpan> WriteExport(SiteModel site, RenderManifest? published, StagingFolder staging, SourceNames names)
    {
        var spans = new Dictionary<string, ExportSpan>(StringComparer.Ordinal);
        // What each published file holds: its pages' keys, in order.
        var publishedPages = (published?.ExportSpans ?? []).GroupBy(p => p.Value.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Value.Offset).Select(p => p.Key).ToList(), StringComparer.Ordinal);
        foreach (var data in DataFile.Of(site))
        {
            var file = data.Url;
            var pages = data.Pages.Select(p => p.Loaded).ToList();
            var keys = pages.Select(p => p.Key).ToList();
            if (published is not null && !keys.Contains(null) && publishedPages.TryGetValue(file, out var before)
                && before.SequenceEqual(keys!, StringComparer.Ordinal) && staging.CanKeep(file))
            {
                staging.Keep(file);
                foreach (var key in before)
                    spans[key] = published.ExportSpans[key];
                continue;
            }
            var path = Path.Combine(staging.Output, file);
            var source = published is not null && ArchiveExport.IsIntact(path, published.Files.GetValueOrDefault(file))
                ? (path, (IReadOnlyDictionary<string, ExportSpan>)published.ExportSpans)
                : ((string, IReadOnlyDictionary<string, ExportSpan>)?)null;
            staging.Write(file, stream =>
            {
                foreach (var (key, span) in ArchiveExport.Write(pages, file, stream, source, names))
                    spans[key] = span;
            });
        }
        return spans;
    }

    static RenderModel Build(RenderJob job)
    {
        try
        {
            return job.Model();
        }
        catch (Exception e)
        {
            throw Failed(job, e);
        }
    }

    static void Render(RenderJob job, RenderModel model, TemplateRenderer templates, PageText use)
    {
        try
        {
            model.Render(templates, use);
        }
        catch (ThemeException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw Failed(job, e);
        }
    }

    static RenderException Failed(RenderJob job, Exception e)
    {
        var from = job.Source is { } source ? $" (from {source()})" : "";
        return new RenderException($"{job.Path}{from} could not be rendered: {e.Message}", e);
    }
}
