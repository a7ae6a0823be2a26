using System.Collections.Concurrent;
using Pages.Archive;
using Pages.Cache;
using Pages.Files;
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
        var notices = new List<Problem>();
        var (pageCount, articleCount, written, rendered) = (0, 0, 0, 0);
        BuildCache? cache = null;
        try
        {
            var findProblems = new List<Problem>();
            var listing = new FileListing();
            // Its first JSON and SHA-256 set up while the output is locked and the cache opened (a tenth of a second).
            var configHashing = Task.Run(() => CachedArchive.ConfigHash(options.Config));
            using var staging = new StagingFolder(options.Output);
            // The input folders are walked while the cache is opened (a tenth of a second each at
            // 5,000 pages); after the output is locked and any interrupted publishing completed, so
            // nothing moves under the walk.
            var found = Task.Run(() => PageFiles.Find(options.Inputs, findProblems, listing).ToArray());
            cache = options.UseCache ? BuildCache.Open(options.Output) : null;
            cache?.Pages.ReadAhead();
            // Said to the user, but not a problem of the archive's (the quality report lists those).
            if (cache?.ResetReason is { } reset)
                notices.Add(new Problem(Severity.Warning, cache.Root, null, null, $"{reset}; it was emptied and this build starts from scratch"));
            // A rebuild's allocations go uncollected (CollectionPause); a first build's are collected as they go.
            using var pause = cache is { ResetReason: null } && File.Exists(cache.RenderManifestFile) ? CollectionPause.Start() : CollectionPause.None;
            var configHash = configHashing.GetAwaiter().GetResult();
            var stamps = cache is null ? null : PageStamps.Load(cache.Root, configHash);
            // Read while the pages are, with the output's list of files: neither depends on them
            // (half a second at 5,000 pages).
            var manifest = cache is null ? null : Task.Run(() => RenderManifest.Load(cache, options.Output));
            if (cache is not null)
                staging.ListOutputAhead();
            var files = found.GetAwaiter().GetResult();
            findProblems.ForEach(problems.Add);

            var read = stages.Run("read", [], files.Length,
                () => Parallel(files, progress, "read", f => PageWork.Read(f, cache?.Pages, stamps, configHash, problems, listing)).OfType<PageWork>().ToArray(),
                r => r.Length);
            staging.EmptyTrashBehind();
            if (options.Strict && problems.Any(p => p.Severity == Severity.Error))
                return Failed("a page could not be read, and --strict was given");
            var splitter = SplitterOptions.From(options.Config);
            var fresh = read.Where(w => w.Cached is null).ToArray();
            if (fresh.Length > CollectionPause.MostPagesSplit)
                pause.End();
            stages.Run("split", ["read"], fresh.Length,
                () => Parallel(fresh, progress, "split", w => { w.RunSplit(splitter); return w; }), s => s.Sum(w => w.Split!.Articles.Length));
            if (cache?.Pages.Damaged is { Count: > 0 } damaged)
                notices.Add(new Problem(Severity.Warning, cache.Root, null, null, damaged.Count == 1
                    ? $"an entry of the build cache could not be read and was dropped ({damaged.First()}); its page was split again"
                    : $"{damaged.Count} entries of the build cache could not be read and were dropped (for example {damaged.First()}); their pages were split again"));
            var tagger = new ArticleTagger(options.Config);
            var check = Quality.QualityReport.PageChecker(options.Config);
            var tagged = stages.Run("tag", ["split"], fresh.Length,
                () => Parallel(read, progress, "tag", w => w.RunTag(tagger, check, cache?.Pages, problems)),
                t => t.Sum(p => p.Articles.Length));
            var archive = new LoadedArchive(options.Config, [.. tagged], [.. problems]);
            (pageCount, articleCount) = (tagged.Length, tagged.Sum(p => p.Articles.Length));

            var theme = new Theme(options.ThemeFolders);
            var themeHash = RenderManifest.ThemeHash(theme);
            var inputs = cache is null ? null : ArchiveInputs.Of(read.Select(w => w.Key), configHash);
            var published = manifest?.GetAwaiter().GetResult();
            if (published is not null)
                staging.UpdateOf(published.Files);
            // Every page rendered again (no published site, or another theme): not a rebuild's few hundred megabytes.
            if (published?.Theme != themeHash)
                pause.End();
            var sameArchive = published is not null && inputs is not null && published.Inputs == inputs;
            var result = sameArchive && published!.Theme == themeHash
                ? Unchanged(published, staging, stages)
                : Site(archive, sameArchive, theme, themeHash, published, inputs, staging, cache?.Root, options.Search ?? Search.Export.SearchExportOptions.Default, stages, progress, new Reading.SourceNames(options.Inputs));
            (written, rendered) = (result.Html.Count, result.Rendered.Count);
            if (result.Broken.Count > 0)
                return Failed($"{result.Broken.Count} broken link(s), for example: " + string.Join("; ", result.Broken.Take(5).Select(b => $"{b.Page} links to '{b.Link}'")));
            // A build that changed nothing publishes the manifest it loaded: saving it again would
            // only write the same bytes (half a second at 5,000 pages). A new one is made into
            // bytes and saved while the site is published (10 MB at 5,000 pages): the manifest is
            // trusted only for an output whose stamp is its own, so a build stopped at any point
            // between the two leaves either the old site or a manifest that is not trusted (the
            // next build renders everything), or the new site once an interrupted publishing is
            // completed, which is what the manifest says.
            var manifestSaved = cache is null || ReferenceEquals(result.Manifest, published) ? Task.CompletedTask
                : Task.Run(() => RenderManifest.Save(cache, result.Manifest.Bytes()));
            stages.Run("write", ["check"], result.Html.Count, () => { staging.Publish(); return result.Html.Count; }, n => n);
            if (cache is not null)
            {
                System.Threading.Tasks.Parallel.Invoke(
                    () => cache.Pages.KeepOnly(read.Select(w => w.Key).OfType<string>().ToHashSet(StringComparer.Ordinal)),
                    () => stamps!.Save(files.ToHashSet(StringComparer.Ordinal)));
            }
            manifestSaved.GetAwaiter().GetResult();
            return new BuildResult(stages.Reports, Sorted(problems.Concat(notices)), null, pageCount, articleCount, written, rendered) { Total = stages.Total };
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(Expected) is { } first)
        {
            // Work done in parallel fails with every fault it met; the first says what happened.
            return Failed(first is IOException or ThemeException or RenderException ? first.Message : $"the new site could not be written: {FileFailure.Reason(first)}");
        }
        catch (Exception e) when (e is ThemeException or RenderException or OutputWriteException)
        {
            return Failed(e.Message);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            // A fault outside the staging folder's own writes (taking the lock, publishing, the
            // cache): an IOException's message names its path, which is worth keeping.
            return Failed(e is IOException ? e.Message : $"the new site could not be written: {FileFailure.Reason(e)}");
        }
        finally
        {
            // A build that failed keeps the pages it split for the next one.
            cache?.Pages.Finish();
        }

        static bool Expected(Exception e) => e is ThemeException or RenderException || FileFailure.IsFileFault(e);

        BuildResult Failed(string why) => new(stages.Reports, Sorted(problems.Concat(notices)), why, pageCount, articleCount, written, rendered) { Total = stages.Total };
    }

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

    /// <summary>
    /// Organizes, indexes, renders and checks the site. <paramref name="sameArchive"/>: the archive
    /// is the published site's, so its search index is kept; <paramref name="published"/>, when
    /// rendered with this theme, lets unchanged pages be kept, and whatever its theme, lets the
    /// export keep its unchanged years' files and take the JSON of unchanged pages.
    /// </summary>
    static RenderResult Site(LoadedArchive archive, bool sameArchive, Theme theme, string themeHash, RenderManifest? published,
        string? inputs, StagingFolder staging, string? cacheRoot, Search.Export.SearchExportOptions search, Stages stages, IBuildProgress progress, Reading.SourceNames names)
    {
        // What the published index is does not depend on the new archive: looked at meanwhile.
        var look = Task.Run(() => PublishedSearch.Look(staging, cacheRoot));
        var site = stages.Run("organize", ["tag"], archive.Pages.Length, () => SiteModelBuilder.Build(archive), m => m.Articles.Count);
        // A rebuild updates the index beside the render (it writes only search/ files, which the
        // render does not read): its few hundred milliseconds, mostly one thread's, then share the
        // render's time. A first build exports the whole index first, as both at once would hold
        // both stages' memory at once.
        int Index() => stages.Run("index", ["organize"], site.Articles.Count, () => SearchStage.Run(site, sameArchive, staging, look.GetAwaiter().GetResult(), search), n => n);
        var beside = published is null ? null : Task.Run(Index);
        if (beside is null)
            Index();
        using var links = new LinkChecker(staging.Root, staging.Files.ContainsKey);
        RenderResult result;
        try
        {
            result = stages.Run("render", ["organize"], site.Articles.Count,
                () => RenderStage.Run(site, archive, theme, themeHash, inputs, published, staging, links, progress, names, beside), r => r.Rendered.Count);
        }
        finally
        {
            // A render that failed before waiting for the index lets it end before the staging folder goes.
            if (beside is not null)
                Task.WaitAny(beside);
        }
        // A page kept unchanged from the published site had every link resolve then; its links
        // can only break if it names a page that was removed: then they are read too.
        var removed = new RemovedPages(result.Removed);
        var unchanged = result.Removed.Count == 0 ? [] : result.Html.Except(result.Rendered).ToList();
        var broken = stages.Run("check", ["render", "index"], result.Rendered.Count + unchanged.Count, () =>
        {
            System.Threading.Tasks.Parallel.ForEach(unchanged, page =>
            {
                if (removed.TextIfNamedIn(Path.Combine(staging.Output, page)) is { } text)
                    links.Add(page, text);
            });
            return links.Broken();
        }, b => b.Count);
        return result with { Broken = broken };
    }

    /// <summary>
    /// The archive, the configuration, the theme and Pages are what the published site was made
    /// from: every file of it is kept, and nothing is organized, indexed or rendered.
    /// </summary>
    static RenderResult Unchanged(RenderManifest published, StagingFolder staging, Stages stages)
    {
        foreach (var name in new[] { "organize", "index", "render", "check" })
            stages.Run(name, [], 0, () => 0, n => n);
        foreach (var file in published.Files.Keys)
            staging.Keep(file);
        return new RenderResult([.. published.Keys.Keys.Order(StringComparer.Ordinal)], [], [], published);
    }

    static List<Problem> Sorted(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0)];
}

/// <summary>A page of the site that could not be rendered, with what it shows from the input.</summary>
public sealed class RenderException(string message, Exception inner) : Exception(message, inner);
