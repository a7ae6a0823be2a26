using System.Diagnostics;
using Pages.Cache;

namespace Pages.Benchmarks;

/// <summary>
/// `entry-profile OUTPUT`: decodes every page entry of OUTPUT's build cache, on one thread, several
/// times: what the read stage of a rebuild spends on entries, without the rest of the build.
/// </summary>
internal static class EntryProfile
{
    public static void Run(string output)
    {
        var root = BuildCache.FolderOf(output);
        var packs = Directory.GetFiles(Path.Combine(root, "pages"), "*" + PagePack.Extension).Select(PagePack.Open).ToList();
        var cache = new PageCache(Path.Combine(root, "pages"));
        var keys = packs.SelectMany(p => p.Index.Keys).ToList();
        packs.ForEach(p => p.Close());
        for (var run = 1; run <= 5; run++)
        {
            var (clock, pauses) = (Stopwatch.StartNew(), GC.GetTotalPauseDuration());
            var articles = keys.Sum(k => cache.TryGet(k)?.Split.Articles.Length ?? 0);
            Console.WriteLine($"  {keys.Count} entries, {articles} articles: {clock.ElapsedMilliseconds} ms (GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms)");
        }
    }
}
