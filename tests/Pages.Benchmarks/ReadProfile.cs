using System.Diagnostics;
using Pages.Cache;
using Pages.Config;
using Pages.Reading;

namespace Pages.Benchmarks;

/// <summary>`read-profile INPUT OUTPUT`: the read stage's steps one at a time over every page, single-threaded, through OUTPUT's cache and stamps (and, to compare, reading every text file, which the stamps spare).</summary>
internal static class ReadProfile
{
    public static void Run(string input, string output)
    {
        var config = ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName));
        var cache = BuildCache.Open(output);
        var configHash = Build.CachedArchive.ConfigHash(config);
        var files = PageFiles.Find([input], []);
        var stamps = PageStamps.Load(cache.Root, configHash);
        for (var run = 1; run <= 3; run++)
        {
            var looks = Step("look at the files", () => files.Select(PageStamps.Look.Of).ToArray());
            var found = Step("their stamps", () => files.Select((f, i) => (File: f, Stamp: stamps.Find(f, looks[i]))).Where(s => s.Stamp is not null).ToArray());
            Console.WriteLine($"  ({files.Count - found.Length} of {files.Count} pages have no stamp: changed, or not built since)");
            var pages = Step("read and decode entries", () => found.Select(s => cache.Pages.TryGet(s.Stamp!.Key)!).ToArray());
            Step("loaded pages", () => pages.Select((p, i) => p.ToLoaded(stamps.Deferred(found[i].File, found[i].Stamp!))).ToArray());
            Step("read the text files", () => files.Select(f => File.ReadAllBytes(f)).ToArray());
        }
    }

    static T Step<T>(string what, Func<T> work)
    {
        var (clock, pauses) = (Stopwatch.StartNew(), GC.GetTotalPauseDuration());
        var result = work();
        Console.WriteLine($"  {what,-22} {clock.ElapsedMilliseconds,6} ms (GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms)");
        return result;
    }
}
