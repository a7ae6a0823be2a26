using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Pages.Archive;
using Pages.Search;
using Pages.Tagging;

namespace Pages.Benchmarks;

/// <summary>
/// Analysis throughput on the sample archive's articles: the search tokenizer (CJK unigrams and
/// bigrams, words) over every searchable field, and the tagger (places, topics, dates).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class AnalysisBenchmarks
{
    List<SearchDocument> docs = [];
    List<TaggedArticle> articles = [];
    ArticleTagger tagger = null!;

    static LoadedArchive Archive() => ArchiveLoader.Load([SampleArchive.Input], SampleArchive.Config());

    /// <summary>Bytes of article text (UTF-8) one operation analyses.</summary>
    public static long Bytes { get; } = SearchDocuments.From(Archive())
        .Sum(d => SearchFields.Weighted.Sum(f => (long)Encoding.UTF8.GetByteCount(d.Field(f.Name))));

    [GlobalSetup]
    public void Setup()
    {
        var archive = Archive();
        docs = SearchDocuments.From(archive);
        articles = [.. archive.Articles];
        tagger = new ArticleTagger(archive.Config);
    }

    [Benchmark(Description = "tokenize the sample's articles for search")]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var doc in docs)
            foreach (var (name, _) in SearchFields.Weighted)
                tokens += SearchTokenizer.Tokenize(doc.Field(name)).Count;
        return tokens;
    }

    [Benchmark(Description = "tag the sample's articles")]
    public int Tag()
    {
        var tags = 0;
        foreach (var article in articles)
            tags += tagger.TagArticle(article.Article, article.Page).Tags.Townships.Length;
        return tags;
    }

    sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ThroughputColumn(() => Bytes));
    }
}
