using Pages.Cache;
using Pages.Config;
using Pages.Reading;

namespace Pages.Benchmarks;

/// <summary>`read-profile INPUT OUTPUT`: the read stage's steps one at a time over every page, single-threaded, through OUTPUT's cache and stamps (and, to compare, reading every text file, which the stamps spare).</summary>
internal static class ReadProfile
{
    public static void Run(string input, string output)
    {
        var config = SampleArchive.ConfigOf(input);
        var cache = BuildCache.Open(output);
        var configHash = Build.CachedArchive.ConfigHash(config);
        var files = PageFiles.Find([input], []);
        var stamps = PageStamps.Load(cache.Root, configHash);
        for (var run = 1; run <= 3; run++)
        {
            var looks = TimedStep.Run("look at the files", () => files.Select(f => PageStamps.Look.Of(f)).ToArray());
            var found = TimedStep.Run("their stamps", () => files.Select((f, i) => (File: f, Stamp: stamps.Find(f, looks[i]))).Where(s => s.Stamp is not null).ToArray());
            Console.WriteLine($"  ({files.Count - found.Length} of {files.Count} pages have no stamp: changed, or not built since)");
            var pages = TimedStep.Run("read and decode entries", () => found.Select(s => cache.Pages.TryGet(s.Stamp!.Key)!).ToArray());
            TimedStep.Run("loaded pages", () => pages.Select((p, i) => p.ToLoaded(stamps.Deferred(found[i].File, found[i].Stamp!))).ToArray());
            TimedStep.Run("read the text files", () => files.Select(f => File.ReadAllBytes(f)).ToArray());
        }
    }
}
