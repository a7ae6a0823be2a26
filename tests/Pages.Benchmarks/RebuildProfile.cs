using System.Diagnostics;
using Pages.Build;
using Pages.Cache;
using Pages.Config;
using Pages.Site;

namespace Pages.Benchmarks;

/// <summary>
/// `rebuild-profile INPUT OUTPUT`: what a rebuild does for every page besides the search export,
/// timed in one process, several times, with the garbage collector's share: the archive read
/// through OUTPUT's build cache (built before with `pages build INPUT -o OUTPUT`), the site model
/// organized, every page's model and key, the quality report and the export. The benchmark project
/// runs with `pages`' collector settings; the machine is shared, so take the least of the runs.
/// </summary>
internal static class RebuildProfile
{
    public static void Run(string input, string output)
    {
        var config = SampleArchive.ConfigOf(input);
        var cache = BuildCache.Open(output);
        for (var run = 1; run <= 3; run++)
        {
            Console.WriteLine($"run {run}");
            var published = Timed("the published manifest", () => RenderManifest.Load(cache, output));
            Timed("its stamp", () => published?.Stamp());
            var archive = Timed("read (through the cache)", () => CachedArchive.Load([input], config, cache));
            var site = Timed("organize", () => SiteModelBuilder.Build(archive));
            var findings = Timed("quality report", () => Quality.QualityReport.Check(archive));
            var jobs = Timed("the pages listed", () => new SiteRenderer(site, findings).Jobs().ToList());
            // As the render stage keys them: by their sources where they have them, else by their models.
            var keys = Timed("keys", () =>
            {
                var made = new string[jobs.Count];
                Parallel.For(0, jobs.Count, i => made[i] = jobs[i].SourceKey?.Invoke() ?? RenderManifest.KeyOf(jobs[i].Model()));
                return made;
            });
            Timed("keys looked up", () => Enumerable.Range(0, jobs.Count).Count(i => published?.Keys.GetValueOrDefault(jobs[i].Path) == keys[i]));
            if (run == 3)
                ByTemplate(jobs);
            Timed("export", () =>
            {
                Export.SplitJson.Serialize(site.Pages.Select(p => p.Loaded), Stream.Null);
                return 0;
            });
        }
    }

    /// <summary>Keys one page at a time, as the render stage makes them, summed by template (source keys apart).</summary>
    static void ByTemplate(List<RenderJob> jobs)
    {
        var times = new Dictionary<string, (int Count, double Ms)>();
        foreach (var job in jobs)
        {
            var clock = Stopwatch.StartNew();
            string kind;
            if (job.SourceKey?.Invoke() is null)
            {
                var model = job.Model();
                RenderManifest.KeyOf(model);
                kind = model.Template;
            }
            else
                kind = "sources of " + job.Path.Split('/')[0];
            var (count, ms) = times.GetValueOrDefault(kind);
            times[kind] = (count + 1, ms + clock.Elapsed.TotalMilliseconds);
        }
        foreach (var (kind, (count, ms)) in times.OrderByDescending(t => t.Value.Ms))
            Console.WriteLine($"    {kind,-24} {count,6} pages: {ms,6:F0} ms (one thread)");
    }

    static T Timed<T>(string what, Func<T> work)
    {
        var (clock, processor, pauses, collections) = (Stopwatch.StartNew(), Environment.CpuUsage.TotalTime, GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var result = work();
        Console.WriteLine($"  {what,-26} {clock.ElapsedMilliseconds,6} ms, processor {(Environment.CpuUsage.TotalTime - processor).TotalMilliseconds,6:F0} ms, "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds,5:F0} ms in {GC.CollectionCount(0) - collections} collections");
        return result;
    }
}
