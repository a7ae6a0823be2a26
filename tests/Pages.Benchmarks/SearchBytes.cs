using System.Globalization;
using System.Text.Json;
using Pages.Archive;
using Pages.Search;
using Pages.Search.Export;

namespace Pages.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Pages.Benchmarks -- search-bytes [articles]`: the exported
/// index's size and what a reader downloads: the start-up files, and per query the shard files the
/// client's engine asks for (engine.js <c>missing</c>, mirrored here) plus the display files of the
/// first page of ten results. Measured on the sample archive and on a large archive made by
/// recombining the sample's articles.
/// </summary>
internal static class SearchBytes
{
    static readonly string[] QuerySet =
    [
        "郭", "付", "李", "镇", "村", "秸", "烧", "党", "水", "路",
        "秸秆", "禁烧", "农民", "发展", "群众", "企业", "项目", "工作", "文化", "建设",
        "秸秆禁烧", "城乡一体化", "示范区", "阳庙镇", "宁郭镇", "苏家作乡", "李万街道", "文昌街道", "城中村改造", "脱贫攻坚",
        "\"秸秆禁烧\"", "“城中村改造”", "\"阳庙镇\"", "\"示范区 党工委\"", "秸秆 禁烧 工作", "本报讯 记者",
        "10", "2015", "20", "100",
    ];

    public static void Run(int large)
    {
        var archive = ArchiveLoader.Load([SampleArchive.Input], SampleArchive.Config());
        var docs = SearchDocuments.From(archive);
        Console.WriteLine("| archive | articles | index bytes | bytes/article | start-up bytes | query median | query worst | start-up + worst |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Measure("sample", docs);
        Measure($"generated", Generate(docs, large));
    }

    /// <summary>Articles made by joining the first half of one sample article's body to the second half of another's, over 20 years.</summary>
    static List<SearchDocument> Generate(List<SearchDocument> sample, int count)
    {
        var random = new Random(20151001);
        var docs = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var (a, b) = (sample[random.Next(sample.Count)], sample[random.Next(sample.Count)]);
            var body = a.Body[..(a.Body.Length / 2)] + b.Body[(b.Body.Length / 2)..];
            var year = 2006 + i * 20 / count;
            docs.Add(a with
            {
                Id = $"g{i:D6}",
                Url = $"articles/g{i:D6}.html",
                Order = i,
                Body = body,
                Year = year,
                Date = new DateOnly(year, 1 + i % 12, 1 + i % 28),
            });
        }
        return docs;
    }

    static void Measure(string name, List<SearchDocument> docs)
    {
        var site = Path.Combine(Path.GetTempPath(), "pages-search-bytes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stats = SearchExport.Write(docs, site);
            using var searcher = new ArchiveSearcher(docs);
            var index = Read(site, SearchShards.Startup);
            var (termBuckets, positionBuckets) = (index.GetProperty("termBuckets").GetInt32(), index.GetProperty("positionBuckets").GetInt32());
            var perQuery = new List<long>();
            foreach (var text in QuerySet)
            {
                var query = SearchQuery.Parse(text);
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var clause in query.Clauses)
                {
                    foreach (var term in clause.Terms)
                    {
                        Need(site, keys, SearchShards.TermBucket(TermBuckets.Of(term, termBuckets)), term);
                        if (clause.IsPhrase)
                            Need(site, keys, SearchShards.PositionBucket(TermBuckets.Of(term, positionBuckets)), term);
                    }
                }
                foreach (var hit in searcher.Search(query, 10).Hits)
                    keys.Add(SearchShards.Doc(hit.DocNumber));
                perQuery.Add(keys.Sum(k => new FileInfo(Path.Combine(site, SearchShards.File(k))).Length));
            }
            perQuery.Sort();
            var median = perQuery[perQuery.Count / 2];
            var worst = perQuery[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {docs.Count} | {stats.Bytes:N0} | {stats.Bytes / Math.Max(1, docs.Count):N0} | {stats.StartupBytes:N0} | {median:N0} | {worst:N0} | {stats.StartupBytes + worst:N0} |"));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    static void Need(string site, HashSet<string> keys, string bucket, string term)
    {
        keys.Add(bucket);
        if (Read(site, bucket).TryGetProperty(term, out var entry) && entry.ValueKind == JsonValueKind.String)
            keys.Add(entry.GetString()!);
    }

    static JsonElement Read(string site, string key)
    {
        var text = File.ReadAllText(Path.Combine(site, SearchShards.File(key)));
        var json = text[(text.IndexOf(',', StringComparison.Ordinal) + 1)..text.LastIndexOf(')')];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
