using System.Diagnostics;
using Pages.Cache;
using Pages.Config;
using Pages.Reading;

namespace Pages.Benchmarks;

/// <summary>`read-profile INPUT OUTPUT`: the read stage's steps one at a time over every page, single-threaded, through OUTPUT's cache.</summary>
internal static class ReadProfile
{
    public static void Run(string input, string output)
    {
        var config = ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName));
        var cache = BuildCache.Open(output);
        var configHash = Build.CachedArchive.ConfigHash(config);
        var files = PageFiles.Find([input], []);
        for (var run = 1; run <= 3; run++)
        {
            var bytes = Step("read the text files", () => files.Select(f => File.ReadAllBytes(f)).ToArray());
            var keys = Step("their keys", () => files.Select((f, i) => PageCache.Key(f, bytes[i], configHash)!).ToArray());
            var entries = Step("read the entries", () => keys.Select(k => File.ReadAllBytes(Path.Combine(cache.Root, "pages", k + ".page"))).ToArray());
            var pages = Step("decode the entries", () => entries.Select(e => PageEntryFormat.Read(e)).ToArray());
            var sources = Step("decode the text", () => files.Select((f, i) => PageReader.Decode(f, bytes[i], out _)!).ToArray());
            Step("loaded pages", () => pages.Select((p, i) => p.ToLoaded(sources[i])).ToArray());
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
