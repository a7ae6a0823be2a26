using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Benchmarks;

/// <summary>Splitting throughput on the five sample pages (about 100 KB of UTF-8).</summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class SplitBenchmarks
{
    IReadOnlyList<PageSource> pages = [];
    SplitterOptions options = SplitterOptions.Default;

    /// <summary>Bytes of page text one operation splits.</summary>
    public static long Bytes { get; private set; } =
        SampleArchive.Pages().Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));

    [GlobalSetup]
    public void Setup()
    {
        pages = SampleArchive.Pages();
        options = SplitterOptions.From(SampleArchive.Config());
    }

    [Benchmark(Description = "split the 5 sample pages")]
    public int SplitSamples()
    {
        var articles = 0;
        foreach (var page in pages)
            articles += PageSplitter.Split(page, options).Articles.Length;
        return articles;
    }

    sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ThroughputColumn(() => Bytes));
    }
}
