using System.Globalization;
using System.Text.Json;
using Jint;
using Pages.Archive;
using Pages.Generate;
using Pages.Search;
using Pages.Search.Export;

namespace Pages.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Pages.Benchmarks -- search-bytes [articles]`: the exported
/// index's size and what a reader downloads: the start-up file, and per query every file the
/// browser client's engine asks for to rank the first page of ten results (theme/assets/search/engine.js
/// run in Jint, from a cold start for each query) plus those ten results' display files. Measured on
/// the sample archive, on a large archive made by recombining the sample's articles, and on an
/// archive of about as many articles made by `pages generate`.
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

    /// <summary>
    /// Queries of the same shapes the client was not tuned on (added 2026-11-23 after session 11):
    /// longer words and phrases of frequent terms, several words, place names with words, Latin and
    /// digits, and (after the bar) with a filter. Reported as their own row so the set above stays
    /// comparable across sessions.
    /// </summary>
    static readonly string[] FurtherQueries =
    [
        "示范区党工委书记", "示范区 管委会 主任", "\"城乡一体化示范区\"", "\"焦作市城乡一体化示范区\"", "\"群众 工作\"",
        "城乡一体化示范区", "\"全面建成小康社会\"", "\"示范区党工委副书记\"", "焦作市", "\"焦作市\"", "示范区管委会",
        "\"示范区管委会\"", "党工委书记", "\"党工委书记\"", "全面建成小康社会", "经济发展", "\"经济发展\"", "基础设施建设",
        "\"基础设施建设\"", "新农村建设", "\"新农村建设\"", "美丽乡村", "安全生产", "\"安全生产\"", "环境卫生 整治",
        "\"环境卫生整治\"", "工作人员", "\"工作人员\"", "党员干部", "\"党员干部\"", "秸秆禁烧工作", "\"秸秆禁烧工作\"",
        "农业 合作社", "产业集聚区", "\"产业集聚区\"", "招商引资", "\"招商引资\"", "精准扶贫", "王", "张", "县", "2016",
        "2014年", "GDP", "示范区 2015", "阳庙镇 秸秆", "宁郭镇 党委书记", "\"宁郭镇党委书记\"", "文昌街道办事处",
        "\"文昌街道办事处\"", "李万街道 城中村", "苏家作乡 村民", "\"示范区 党工委 书记\"", "示范区党工委副书记、管委会主任",
        "\"高新区\"", "示范区（高新区）", "\"焦作 示范区\"", "\"城乡 一体化\"", "城乡 一体化 示范区 党工委",
        "秸秆禁烧|township=阳庙镇", "秸秆|township=阳庙镇", "示范区|township=宁郭镇", "工作|topic=党建", "发展|year=2015",
        "\"示范区 党工委\"|township=文昌街道", "村|township=苏家作乡", "城乡一体化|topic=城乡建设", "群众 工作|year=2010", "李|kind=新闻",
    ];

    public static void Run(int large)
    {
        var archive = ArchiveLoader.Load([SampleArchive.Input], SampleArchive.Config());
        var docs = SearchDocuments.From(archive);
        var numbered = Numbered(archive);
        Console.WriteLine("| archive | articles | queries | index bytes | bytes/article | start-up bytes | query median | query worst | start-up + worst | excerpt bodies median | excerpt bodies worst | start-up + worst with bodies |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        if (Environment.GetEnvironmentVariable("PAGES_BENCH_DETAIL") is { Length: > 0 } detail)
        {
            var pages = Environment.GetEnvironmentVariable("PAGES_BENCH_PAGES") is { Length: > 0 };
            Detail(pages ? GeneratedPages(archive) : Generate(docs, large), detail.Split(';'), pages ? "-pages" : "");
            return;
        }
        Measure("sample", numbered);
        Measure($"generated", Generate(docs, large));
        Measure("generated pages", GeneratedPages(archive));
    }

    /// <summary>
    /// Pages made by `pages generate` (the sample's articles recombined and perturbed into dated
    /// pages, ArchiveGenerator), 3,200 of them (about 20,000 articles), split and tagged as a build
    /// does: the archive an archivist gets from the command, less regular than <see cref="Generate"/>'s.
    /// </summary>
    /// <summary>The archive's documents at the numbers a build gives them (<see cref="SearchNumbers"/>: a run a page, with holes).</summary>
    static SearchDocument?[] Numbered(LoadedArchive archive)
    {
        var site = Pages.Site.SiteModelBuilder.Build(archive);
        return SearchNumbers.Of(site).Spread(SearchDocuments.From(site));
    }

    static SearchDocument?[] GeneratedPages(LoadedArchive sample)
    {
        var folder = Directory.CreateTempSubdirectory("pages-search-bytes-pages-").FullName;
        try
        {
            ArchiveGenerator.Generate(sample, 3_200, 7, Path.Combine(folder, "pages"), null);
            return Numbered(ArchiveLoader.Load([folder], SampleArchive.Config()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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

    static void Measure(string name, IReadOnlyList<SearchDocument?> docs)
    {
        var site = Path.Combine(Path.GetTempPath(), "pages-search-bytes-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stats = SearchExport.Write(docs, site, OptionsFor(docs));
            Console.Error.WriteLine($"{name}: {stats.Files:N0} files");
            foreach (var (set, queries) in new[] { ("the set (40)", QuerySet), ($"further ({FurtherQueries.Length})", FurtherQueries) })
            {
                var perQuery = new List<(long Bytes, string Query)>();
                var bodies = new List<long>();
                var withBodies = new List<long>();
                foreach (var text in queries)
                {
                    var (bytes, excerpts) = QueryBytes(site, text);
                    perQuery.Add((bytes, text));
                    bodies.Add(excerpts);
                    withBodies.Add(bytes + excerpts);
                }
                perQuery.Sort();
                bodies.Sort();
                withBodies.Sort();
                var median = perQuery[perQuery.Count / 2].Bytes;
                var worst = perQuery[^1];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {stats.Documents} | {set} | {stats.Bytes:N0} | {stats.Bytes / Math.Max(1, stats.Documents):N0} | {stats.StartupBytes:N0} | {median:N0} | {worst.Bytes:N0} | {stats.StartupBytes + worst.Bytes:N0} | {bodies[bodies.Count / 2]:N0} | {bodies[^1]:N0} | {stats.StartupBytes + withBodies[^1]:N0} |"));
                var largest = string.Join(", ", perQuery.TakeLast(5).Select(q => q.Query + " " + q.Bytes.ToString("N0", CultureInfo.InvariantCulture)));
                var over = perQuery.Count(q => stats.StartupBytes + q.Bytes >= 100_000);
                var overWithBodies = withBodies.Count(b => stats.StartupBytes + b >= 100_000);
                Console.Error.WriteLine($"{name}, {set}: {Short} results' excerpts short of a query term their bodies hold (the budget spent)");
                Short = 0;
                Console.Error.WriteLine($"{name}, {set}: {over} over 100 KB with start-up ({overWithBodies} with the excerpts' bodies too); the five largest: {largest}");
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>
    /// The export's options: the defaults, or PAGES_EXPORT_OPTIONS=first,max,own,bucket[,piecePositions[,mapPart[,newestBucket,newestInlineBucket]]]
    /// to try others; then PAGES_OPTIONS=Name=value;… sets any of them by name (PAGES_OPTIONS=InlineBucketChars=1024;TextChars=512).
    /// </summary>
    /// <summary>The options, with the build's display files for documents numbered by page (holes in their numbers).</summary>
    static SearchExportOptions OptionsFor(IReadOnlyList<SearchDocument?> docs) => docs.Contains(null)
        ? Options() with { PageRun = SearchNumbers.PageRun, DocsPerFile = SearchNumbers.DisplayFile }
        : Options();

    static SearchExportOptions Options()
    {
        var options = Positional(Environment.GetEnvironmentVariable("PAGES_EXPORT_OPTIONS"));
        foreach (var pair in (Environment.GetEnvironmentVariable("PAGES_OPTIONS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            options = options with { };
            var property = typeof(SearchExportOptions).GetProperty(name) ?? throw new ArgumentException($"PAGES_OPTIONS: no option {name}");
            property.SetValue(options, int.Parse(value, CultureInfo.InvariantCulture));
        }
        return options;
    }

    static SearchExportOptions Positional(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return SearchExportOptions.Default;
        var v = text.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var options = SearchExportOptions.Default with { FirstBlock = v[0], MaxBlock = v[1], OwnFileChars = v[2], BucketChars = v[3] };
        options = v.Length > 4 ? options with { PiecePositions = v[4] } : options;
        options = v.Length > 5 ? options with { MapPart = v[5] } : options;
        return v.Length > 7 ? options with { NewestBucketChars = v[6], NewestInlineBucketChars = v[7] } : options;
    }

    /// <summary>
    /// Diagnosis: for a few queries on the generated archive, the bytes by kind of file
    /// (PAGES_BENCH_DETAIL='q1;q2'; PAGES_BENCH_ROUNDS=1 lists the files each round asks for;
    /// PAGES_BENCH_PAGES=1 measures the `pages generate` archive). The export is kept in the
    /// temporary folder for the next run.
    /// </summary>
    static void Detail(IReadOnlyList<SearchDocument?> docs, string[] queries, string archive)
    {
        // Named by the format, the options and the documents, so that a kept export is never one of
        // another kind, nor of an archive the generator or the splitter has since made otherwise.
        var options = Environment.GetEnvironmentVariable("PAGES_EXPORT_OPTIONS") + "," + Environment.GetEnvironmentVariable("PAGES_OPTIONS")?.Replace('=', '-').Replace(';', '-');
        var documents = SearchDocumentHash.OfParts(SearchDocumentHash.All(docs))[..12].Replace('/', '_').Replace('+', '-');
        var site = Path.Combine(Path.GetTempPath(), $"pages-search-bytes-detail{archive}-v{SearchFormat.Version}{options.Replace(',', '-')}-{documents}");
        if (!Directory.Exists(site))
            SearchExport.Write(docs, site, OptionsFor(docs));
        foreach (var q in queries)
        {
            var loaded = new List<(string Key, long Bytes)>();
            var (total, excerpts) = QueryBytes(site, q, loaded);
            // By kind of file, and by segment (a/…: the older articles' segment, SearchSegments).
            var kinds = loaded.GroupBy(l => (SearchSegments.Owner(l.Key) ?? "") + (System.Text.RegularExpressions.Regex.IsMatch(l.Key, @"m\d+$") ? "map" : l.Key[(SearchSegments.Owner(l.Key) ?? "").Length..][..1]))
                .Select(g => $"{g.Key}: {g.Count()} files {g.Sum(x => x.Bytes):N0}");
            Console.WriteLine($"{q}: {total:N0}, excerpts {excerpts:N0} ({string.Join(", ", kinds)})");
            if (Environment.GetEnvironmentVariable("PAGES_BENCH_ROUNDS") is { Length: > 0 })
                Console.WriteLine("  excerpt parts: " + string.Join(" ", loaded.Select(l => l.Key).Where(k => k.StartsWith("e/", StringComparison.Ordinal))));
        }
    }

    static readonly string Scripts = Path.Combine(Path.GetDirectoryName(SampleArchive.Input)!, "theme", "assets", "search");

    /// <summary>
    /// The bytes of every file the client loads for one query to show its first ten results,
    /// start-up file excluded, from a cold start; and apart, the bytes of the body parts it loads after
    /// showing them, for the results whose lead lacks a query term their bodies may hold (ui.js, <c>deepen</c>).
    /// </summary>
    static (long Shown, long Excerpts) QueryBytes(string site, string text, List<(string Key, long Bytes)>? loaded = null)
    {
        var js = new Engine();
        foreach (var script in new[] { "tokenize.js", "bm25.js", "engine.js", "ui.js" })
            js.Execute(File.ReadAllText(Path.Combine(Scripts, script)), script);
        js.Execute(File.ReadAllText(Path.Combine(site, SearchShards.File(SearchShards.Startup))));
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        // "query|facet=value": the query with one filter, as search.html sends it.
        var (q, filter) = text.Split('|') is [var t, var f] ? (t, f.Split('=')) : (text, null);
        js.SetValue("__q", q);
        js.SetValue("__facet", filter?[0] ?? "");
        js.SetValue("__value", filter?[1] ?? "");
        js.Execute("var filters = {}; if (__facet) filters[__facet] = [__value]; var query = engine.parse(__q, filters);");
        var bytes = 0L;
        while (true)
        {
            var missing = JsonSerializer.Deserialize<string[]>(js.Evaluate("JSON.stringify(engine.missing(query, 10))").AsString())!;
            if (missing.Length == 0)
                break;
            if (loaded != null && Environment.GetEnvironmentVariable("PAGES_BENCH_ROUNDS") is { Length: > 0 })
                Console.WriteLine("  round: " + string.Join(" ", missing));
            foreach (var key in missing)
            {
                var b = Load(js, site, key);
                bytes += b;
                loaded?.Add((key, b));
            }
        }
        // The first page of results: a query whose every posting was read has all its results (search.html shows ten).
        var docs = JsonSerializer.Deserialize<int[]>(js.Evaluate("JSON.stringify(engine.run(query, 10).hits.slice(0, 10).map(function (h) { return h.doc; }))").AsString())!;
        var perFile = (int)js.Evaluate("engine.index.docsPerFile").AsNumber();
        foreach (var key in docs.Select(d => SearchShards.Docs(d, perFile)).Distinct())
        {
            var b = Load(js, site, key);
            bytes += b;
            loaded?.Add((key, b));
        }
        // The excerpts' body parts, round by round as ui.js (deepen) loads them.
        var excerpts = 0L;
        js.Execute("var __docs = " + JsonSerializer.Serialize(docs) + ";");
        js.Execute("var __all = __docs.map(function (d) { return PagesSearch.reading(engine, query, d); }), __open = __all.filter(PagesSearch.wantsMore), __budget = { chars: PagesSearch.EXCERPT_CHARS };");
        while (JsonSerializer.Deserialize<string[]>(js.Evaluate(
            "__open = PagesSearch.affordable(engine, __open, __budget); JSON.stringify(__open.map(function (r) { return engine.textKey(r.doc, r.part); }))").AsString())! is { Length: > 0 } parts)
        {
            foreach (var key in parts)
            {
                var b = Load(js, site, key);
                excerpts += b;
                loaded?.Add((key, b));
            }
            js.Execute("__open = __open.filter(function (r) { return PagesSearch.readPart(engine, r) && PagesSearch.wantsMore(r); });");
        }
        Short += (int)js.Evaluate("__all.filter(PagesSearch.wantsMore).length").AsNumber();
        return (bytes, excerpts);
    }

    /// <summary>Results whose excerpt text still lacks a query term its body holds when the page stops loading parts (the budget spent), over the queries measured so far.</summary>
    static int Short;

    static long Load(Engine js, string site, string key)
    {
        var path = Path.Combine(site, SearchShards.File(key));
        js.Execute(File.ReadAllText(path));
        return new FileInfo(path).Length;
    }
}
