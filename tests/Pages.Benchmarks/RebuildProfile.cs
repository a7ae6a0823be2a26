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
            var jobs = new SiteRenderer(site, findings).Jobs().ToList();
            Timed("models and keys", () =>
            {
                Parallel.ForEach(jobs, job => RenderManifest.KeyOf(job.Model()));
                return 0;
            });
            if (run == 3)
                ByTemplate(jobs);
            Timed("export", () =>
            {
                Export.SplitJson.Serialize(site.Pages.Select(p => p.Loaded), Stream.Null);
                return 0;
            });
        }
    }

    /// <summary>Models and keys one page at a time, summed by template.</summary>
    static void ByTemplate(List<RenderJob> jobs)
    {
        var times = new Dictionary<string, (int Count, double ModelMs, double KeyMs)>();
        foreach (var job in jobs)
        {
            var clock = Stopwatch.StartNew();
            var model = job.Model();
            var built = clock.Elapsed.TotalMilliseconds;
            RenderManifest.KeyOf(model);
            var (count, modelMs, keyMs) = times.GetValueOrDefault(model.Template);
            times[model.Template] = (count + 1, modelMs + built, keyMs + clock.Elapsed.TotalMilliseconds - built);
        }
        foreach (var (template, (count, modelMs, keyMs)) in times.OrderByDescending(t => t.Value.ModelMs + t.Value.KeyMs))
            Console.WriteLine($"    {template,-14} {count,6} pages: models {modelMs,6:F0} ms, keys {keyMs,6:F0} ms (one thread)");
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
