using System.Diagnostics;
using Pages.Archive;
using Pages.Config;
using Pages.Files;
using Pages.Model;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Benchmarks;

/// <summary>
/// `split-profile FOLDER`: reads every page of an archive, then splits and tags them all once,
/// single-threaded, and reports each step's time and throughput, to compare a large generated
/// archive with the micro-benchmarks' sample pages.
/// </summary>
internal static class SplitProfile
{
    public static void Run(string input)
    {
        var config = ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName));
        var files = PageFiles.Find([input], new List<Problem>());
        var clock = Stopwatch.StartNew();
        var sources = files.Select(f => PageReader.Read(f, out _)).OfType<PageSource>().ToList();
        var metas = files.Select(f => PageMetaReader.Read(f, out _)).ToList();
        Report("read and decode", clock, sources);
        var options = SplitterOptions.From(config);
        foreach (var source in sources.Take(20))
            PageSplitter.Split(source, options);
        clock.Restart();
        var splits = sources.Select(s => PageSplitter.Split(s, options)).ToList();
        Report("split", clock, sources);
        var tagger = new ArticleTagger(config);
        clock.Restart();
        var articles = 0;
        for (var i = 0; i < splits.Count; i++)
            articles += splits[i].Articles.Select(a => tagger.TagArticle(a, metas[i])).Count();
        Report($"tag ({articles} articles)", clock, sources);
    }

    static void Report(string step, Stopwatch clock, List<PageSource> sources)
    {
        var mb = sources.Sum(s => (long)s.Text.Length * 3) / 1e6;
        Console.WriteLine($"{step,-28} {clock.ElapsedMilliseconds,7} ms  {mb / clock.Elapsed.TotalSeconds,6:F1} MB/s (of UTF-8 text, about 3 bytes a character)");
    }
}
