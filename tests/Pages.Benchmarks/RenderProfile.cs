using System.Diagnostics;
using Pages.Site;
using Pages.Site.Theming;

namespace Pages.Benchmarks;

/// <summary>
/// `render-profile FOLDER`: renders every page of an archive's site once, single-threaded and in
/// memory, and reports the time per kind of page, to see where rendering spends its time.
/// </summary>
internal static class RenderProfile
{
    public static void Run(string input)
    {
        var archive = SampleArchive.LoadFolder(input);
        var site = SiteModelBuilder.Build(archive);
        var theme = new Theme([Path.Combine(SampleArchive.Input, "..", "theme")]);
        var renderer = new SiteRenderer(site);
        var templates = new TemplateRenderer(theme);
        var jobs = renderer.Jobs().ToList();
        foreach (var job in jobs.Take(50))
            job.Model().Render(templates);
        var qualityClock = Stopwatch.StartNew();
        var findings = Quality.QualityReport.Check(archive);
        Console.WriteLine($"quality report of {archive.Pages.Length} pages: {qualityClock.ElapsedMilliseconds} ms, {findings.Count} findings");
        var modelClock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var (models, modelTicks) = (new List<RenderModel>(), new Dictionary<string, long>());
        var modelClock1 = new Stopwatch();
        foreach (var job in jobs)
        {
            modelClock1.Restart();
            models.Add(job.Model());
            modelTicks[Kind(job.Path)] = modelTicks.GetValueOrDefault(Kind(job.Path)) + modelClock1.ElapsedTicks;
        }
        Console.WriteLine($"models allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) >> 20} MB; ms by kind: "
            + string.Join(", ", modelTicks.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value * 1000 / Stopwatch.Frequency}")));
        allocated = GC.GetAllocatedBytesForCurrentThread();
        var modelMs = modelClock.ElapsedMilliseconds;
        modelClock.Restart();
        foreach (var model in models)
            Cache.RenderManifest.KeyOf(model);
        Console.WriteLine($"keys allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) >> 20} MB");
        Console.WriteLine($"models of {jobs.Count} pages: {modelMs} ms; their cache keys: {modelClock.ElapsedMilliseconds} ms");
        var times = new Dictionary<string, (int Count, long Ticks, long Bytes)>();
        var allocs = new Dictionary<string, long>();
        var clock = new Stopwatch();
        var (scanTicks, hashTicks, links) = (0L, 0L, 0L);
        var (renderBytes, scanBytes, hashBytes) = (0L, 0L, 0L);
        foreach (var job in jobs)
        {
            var model = job.Model();
            clock.Restart();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var html = model.Render(templates);
            var rendered = clock.ElapsedTicks;
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            links += LinkScanner.Links(html).Count;
            scanTicks += clock.ElapsedTicks;
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            FileHash.Of(System.Text.Encoding.UTF8.GetBytes(html));
            hashTicks += clock.ElapsedTicks;
            (renderBytes, scanBytes, hashBytes) = (renderBytes + a1 - a0, scanBytes + a2 - a1, hashBytes + GC.GetAllocatedBytesForCurrentThread() - a2);
            var kind = Kind(job.Path);
            var (count, ticks, bytes) = times.GetValueOrDefault(kind);
            times[kind] = (count + 1, ticks + rendered, bytes + html.Length);
            allocs[kind] = allocs.GetValueOrDefault(kind) + a1 - a0;
        }
        Console.WriteLine($"allocated: rendering {renderBytes >> 20} MB, scanning {scanBytes >> 20} MB, encoding and hashing {hashBytes >> 20} MB");
        Console.WriteLine($"scanning their {links} links: {scanTicks * 1000 / Stopwatch.Frequency} ms; encoding and hashing them: {hashTicks * 1000 / Stopwatch.Frequency} ms");
        Console.WriteLine($"{"kind",-16} {"pages",7} {"ms",8} {"ms/page",8} {"KB/page",8} {"alloc KB/page",14}");
        foreach (var (kind, (count, ticks, bytes)) in times.OrderByDescending(t => t.Value.Ticks))
        {
            var ms = ticks * 1000.0 / Stopwatch.Frequency;
            Console.WriteLine($"{kind,-16} {count,7} {ms,8:F0} {ms / count,8:F2} {bytes / 1024.0 / count,8:F1} {allocs[kind] / 1024.0 / count,14:F1}");
        }
    }

    /// <summary>A page's kind: the first folder of its path, or its name at the root.</summary>
    static string Kind(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : path;
}
