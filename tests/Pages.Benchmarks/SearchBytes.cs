using System.Globalization;
using System.Text.Json;
using Jint;
using Pages.Archive;
using Pages.Search;
using Pages.Search.Export;

namespace Pages.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Pages.Benchmarks -- search-bytes [articles]`: the exported
/// index's size and what a reader downloads: the start-up file, and per query every file the
/// browser client's engine asks for to rank the first page of ten results (theme/assets/search/engine.js
/// run in Jint, from a cold start for each query) plus those ten results' display files. Measured on
/// the sample archive and on a large archive made by recombining the sample's articles.
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
        if (Environment.GetEnvironmentVariable("PAGES_BENCH_DETAIL") is { Length: > 0 } detail)
        {
            Detail(Generate(docs, large), detail.Split('|'));
            return;
        }
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
            var stats = SearchExport.Write(docs, site, Options());
            Console.Error.WriteLine($"{name}: {stats.Files:N0} files");
            var perQuery = new List<(long Bytes, string Query)>();
            foreach (var text in QuerySet)
                perQuery.Add((QueryBytes(site, text), text));
            perQuery.Sort();
            var median = perQuery[perQuery.Count / 2].Bytes;
            var worst = perQuery[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {docs.Count} | {stats.Bytes:N0} | {stats.Bytes / Math.Max(1, docs.Count):N0} | {stats.StartupBytes:N0} | {median:N0} | {worst.Bytes:N0} | {stats.StartupBytes + worst.Bytes:N0} |"));
            var largest = string.Join(", ", perQuery.TakeLast(5).Select(q => q.Query + " " + q.Bytes.ToString("N0", CultureInfo.InvariantCulture)));
            Console.Error.WriteLine($"{name}: the five largest queries: {largest}");
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>The export's options: the defaults, or PAGES_EXPORT_OPTIONS=first,max,own,bucket to try others.</summary>
    static SearchExportOptions Options()
    {
        var text = Environment.GetEnvironmentVariable("PAGES_EXPORT_OPTIONS");
        if (string.IsNullOrEmpty(text))
            return SearchExportOptions.Default;
        var v = text.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return SearchExportOptions.Default with { FirstBlock = v[0], MaxBlock = v[1], OwnFileChars = v[2], BucketChars = v[3] };
    }

    /// <summary>Diagnosis: for a few queries on the generated archive, the bytes by kind of file (PAGES_BENCH_DETAIL=q1|q2).</summary>
    static void Detail(List<SearchDocument> docs, string[] queries)
    {
        var site = Path.Combine(Path.GetTempPath(), "pages-search-bytes-detail");
        if (!Directory.Exists(site))
            SearchExport.Write(docs, site);
        foreach (var q in queries)
        {
            var loaded = new List<(string Key, long Bytes)>();
            var total = QueryBytes(site, q, loaded);
            var kinds = loaded.GroupBy(l => System.Text.RegularExpressions.Regex.IsMatch(l.Key, @"m\d+$") ? "map" : l.Key[..1])
                .Select(g => $"{g.Key}: {g.Count()} files {g.Sum(x => x.Bytes):N0}");
            Console.WriteLine($"{q}: {total:N0} ({string.Join(", ", kinds)})");
        }
    }

    static readonly string Scripts = Path.Combine(Path.GetDirectoryName(SampleArchive.Input)!, "theme", "assets", "search");

    /// <summary>The bytes of every file the client loads for one query, start-up file excluded, from a cold start.</summary>
    static long QueryBytes(string site, string text, List<(string Key, long Bytes)>? loaded = null)
    {
        var js = new Engine();
        foreach (var script in new[] { "tokenize.js", "bm25.js", "engine.js" })
            js.Execute(File.ReadAllText(Path.Combine(Scripts, script)), script);
        js.Execute(File.ReadAllText(Path.Combine(site, SearchShards.File(SearchShards.Startup))));
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        js.SetValue("__q", text);
        js.Execute("var query = engine.parse(__q, {});");
        var bytes = 0L;
        while (true)
        {
            var missing = JsonSerializer.Deserialize<string[]>(js.Evaluate("JSON.stringify(engine.missing(query, 10))").AsString())!;
            if (missing.Length == 0)
                break;
            foreach (var key in missing)
            {
                var b = Load(js, site, key);
                bytes += b;
                loaded?.Add((key, b));
            }
        }
        // The first page of results: a query whose every posting was read has all its results (search.html shows ten).
        var docs = JsonSerializer.Deserialize<int[]>(js.Evaluate("JSON.stringify(engine.run(query, 10).hits.slice(0, 10).map(function (h) { return h.doc; }))").AsString())!;
        foreach (var key in docs.Select(d => SearchShards.Docs(d, SearchExportOptions.Default.DocsPerFile)).Distinct())
        {
            var b = Load(js, site, key);
            bytes += b;
            loaded?.Add((key, b));
        }
        return bytes;
    }

    static long Load(Engine js, string site, string key)
    {
        var path = Path.Combine(site, SearchShards.File(key));
        js.Execute(File.ReadAllText(path));
        return new FileInfo(path).Length;
    }
}
