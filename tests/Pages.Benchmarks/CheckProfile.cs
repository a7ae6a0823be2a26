using System.Diagnostics;
using Pages.Site;

namespace Pages.Benchmarks;

/// <summary>`check-profile SITE`: times the build's link check over every HTML page of a built site.</summary>
internal static class CheckProfile
{
    public static void Run(string site)
    {
        var root = Path.GetFullPath(site);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).ToList();
        LinkChecker.Check(root, pages.Take(50));
        var clock = Stopwatch.StartNew();
        var broken = LinkChecker.Check(root, pages);
        Console.WriteLine($"checked {pages.Count} pages in {clock.ElapsedMilliseconds} ms, {broken.Count} broken links");
    }
}
