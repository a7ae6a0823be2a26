using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Pages.Search.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Their bytes in all.</param>
/// <param name="StartupBytes">Bytes every search loads first (index.js and facets.js).</param>
public sealed record SearchExportStats(int Documents, int Terms, int Files, long Bytes, long StartupBytes);

/// <summary>
/// Writes the site's static search index under search/ (see <see cref="SearchShards"/> for the
/// files). Everything exported is read back from the Lucene index, so the browser scores with
/// exactly Lucene's statistics and norm bytes.
/// </summary>
public static class SearchExport
{
    /// <summary>A term's entry larger than this gets a file of its own instead of swelling its bucket.</summary>
    public const int OwnFileChars = 2048;

    /// <summary>The size a bucket aims at: the number of buckets is the total over this.</summary>
    public const int BucketChars = 4096;

    /// <summary>The client's scripts, in load order, relative to the site's root (from theme/assets/search/).</summary>
    public static IReadOnlyList<string> ClientScripts { get; } =
        ["assets/search/tokenize.js", "assets/search/bm25.js", "assets/search/engine.js", "assets/search/ui.js"];

    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes search/ under <paramref name="siteRoot"/>; nothing is written outside that folder.</summary>
    public static SearchExportStats Write(IReadOnlyList<SearchDocument> docs, string siteRoot)
    {
        using var directory = new RAMDirectory();
        SearchIndex.Build(docs, directory);
        using var reader = DirectoryReader.Open(directory);
        var writer = new ShardWriter(siteRoot);
        if (reader.Leaves.Count > 1 || reader.NumDeletedDocs > 0)
            throw new InvalidOperationException("the search index must be one segment without deletions to be exported");
        var leaf = reader.Leaves.Count == 0 ? null : reader.Leaves[0].AtomicReader;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            // The client sorts by date with document numbers, so they must be the archive order.
            if (reader.Document(doc).Get(SearchFields.Id) != docs[doc].Id)
                throw new InvalidOperationException($"document {doc} is not {docs[doc].Id}: Lucene reordered the documents");
            writer.Write(SearchShards.Doc(doc), DocFile.From(docs[doc]));
        }

        var (postings, positions, fields) = ReadPostings(leaf, reader.MaxDoc);
        var termBuckets = WriteTerms(writer, postings, "x");
        var positionBuckets = WriteTerms(writer, positions, "y");
        var facets = Facets(docs);
        var startup = new StartupFile(SearchFormat.Version, reader.MaxDoc, 1.2f, 0.75f, fields, termBuckets, positionBuckets,
            [.. facets.Select(f => new StartupFacet(f.Name, f.Label, [.. f.Values.Select(v => v.Value)]))]);
        var startupBytes = writer.Write(SearchShards.Startup, startup);
        startupBytes += writer.Write(SearchShards.Facets, facets.ToDictionary(f => f.Name, f => f.Values.Select(v => PostingsCodec.DocList(v.Docs)).ToList()));
        return new SearchExportStats(docs.Count, postings.Count, writer.Files, writer.Bytes, startupBytes);
    }

    /// <summary>Per term, per field: the postings text and the positions text.</summary>
    static (SortedDictionary<string, Dictionary<string, string>> Postings, SortedDictionary<string, Dictionary<string, string>> Positions, List<StartupField> Fields)
        ReadPostings(AtomicReader? leaf, int maxDoc)
    {
        var postings = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var positions = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var fields = new List<StartupField>();
        foreach (var (field, weight) in SearchFields.Weighted)
        {
            var terms = leaf?.GetTerms(field);
            fields.Add(new StartupField(field, weight, terms?.SumTotalTermFreq ?? 0));
            if (terms is null)
                continue;
            var norms = leaf!.GetNormValues(field);
            var termsEnum = terms.GetEnumerator();
            DocsAndPositionsEnum? docsEnum = null;
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                docsEnum = termsEnum.DocsAndPositions(null, docsEnum);
                var (p, x) = (new StringBuilder(), new StringBuilder());
                var previous = -1;
                int doc;
                while ((doc = docsEnum.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var freq = docsEnum.Freq;
                    PostingsCodec.Write(p, doc - previous);
                    PostingsCodec.Write(p, freq);
                    PostingsCodec.Write(p, (int)(norms.Get(doc) & 0xFF));
                    previous = doc;
                    var last = -1;
                    for (var i = 0; i < freq; i++)
                    {
                        var position = docsEnum.NextPosition();
                        PostingsCodec.Write(x, position - last);
                        last = position;
                    }
                }
                Entry(postings, term)[field] = p.ToString();
                Entry(positions, term)[field] = x.ToString();
            }
        }
        _ = maxDoc;
        return (postings, positions, fields);

        static Dictionary<string, string> Entry(SortedDictionary<string, Dictionary<string, string>> all, string term) =>
            all.TryGetValue(term, out var entry) ? entry : all[term] = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Writes the buckets (and the own files of large entries); returns the number of buckets.</summary>
    static int WriteTerms(ShardWriter writer, SortedDictionary<string, Dictionary<string, string>> entries, string ownPrefix)
    {
        var sizes = entries.ToDictionary(e => e.Key, e => e.Key.Length + e.Value.Sum(f => f.Value.Length + 8), StringComparer.Ordinal);
        var small = sizes.Where(s => s.Value <= OwnFileChars).Sum(s => (long)s.Value);
        var count = (int)Math.Max(1, small / BucketChars);
        var buckets = new SortedDictionary<string, object>[count];
        var own = 0;
        foreach (var (term, fields) in entries)
        {
            var bucket = buckets[TermBuckets.Of(term, count)] ??= new SortedDictionary<string, object>(StringComparer.Ordinal);
            if (sizes[term] <= OwnFileChars)
            {
                bucket[term] = fields;
                continue;
            }
            var key = $"{ownPrefix}/{own++}";
            writer.Write(key, new Dictionary<string, object> { [term] = fields });
            bucket[term] = key;
        }
        var isPositions = ownPrefix == "y";
        for (var b = 0; b < count; b++)
            writer.Write(isPositions ? SearchShards.PositionBucket(b) : SearchShards.TermBucket(b), buckets[b] ?? []);
        return count;
    }

    sealed record FacetValue(string Value, List<int> Docs);

    sealed record Facet(string Name, string Label, List<FacetValue> Values);

    static List<Facet> Facets(IReadOnlyList<SearchDocument> docs)
    {
        return
        [
            Make("township", "乡镇街道", d => d.Townships, byCount: true),
            Make("topic", "主题", d => d.Topics, byCount: true),
            Make("year", "年份", d => d.Year is { } y ? [y.ToString(CultureInfo.InvariantCulture)] : [], byCount: false),
            Make("kind", "类别", d => [d.KindName], byCount: true),
        ];

        Facet Make(string name, string label, Func<SearchDocument, IEnumerable<string>> values, bool byCount)
        {
            var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var doc = 0; doc < docs.Count; doc++)
                foreach (var v in values(docs[doc]).Distinct())
                    (map.TryGetValue(v, out var list) ? list : map[v] = []).Add(doc);
            var ordered = byCount
                ? map.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
                : map.OrderBy(p => p.Key, StringComparer.Ordinal);
            return new Facet(name, label, [.. ordered.Select(p => new FacetValue(p.Key, p.Value))]);
        }
    }

    /// <summary>Writes register scripts under search/, refusing any path that would leave the site's folder.</summary>
    sealed class ShardWriter(string siteRoot)
    {
        static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        readonly string root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);

        public int Files { get; private set; }

        public long Bytes { get; private set; }

        public long Write<T>(string key, T data)
        {
            var path = Path.GetFullPath(Path.Combine(root, SearchShards.File(key)));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new IOException($"refused to write '{key}': it is outside the site's folder");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = $"PagesSearch.register({JsonSerializer.Serialize(key, Json)},{JsonSerializer.Serialize(data, Json)});\n";
            var bytes = Utf8.GetBytes(text);
            File.WriteAllBytes(path, bytes);
            Files++;
            Bytes += bytes.Length;
            return bytes.Length;
        }
    }
}
