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
/// <param name="StartupBytes">Bytes every search loads first (index.js).</param>
public sealed record SearchExportStats(int Documents, int Terms, int Files, long Bytes, long StartupBytes);

/// <summary>
/// Writes the site's static search index under search/ (see <see cref="SearchShards"/> for the
/// files). Everything exported is read back from the Lucene index, so the browser scores with
/// exactly Lucene's statistics and norm bytes.
/// </summary>
public static class SearchExport
{
    /// <summary>The client's scripts, in load order, relative to the site's root (from theme/assets/search/).</summary>
    public static IReadOnlyList<string> ClientScripts { get; } =
        ["assets/search/tokenize.js", "assets/search/bm25.js", "assets/search/engine.js", "assets/search/ui.js"];

    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes search/ under <paramref name="siteRoot"/>; nothing is written outside that folder.</summary>
    public static SearchExportStats Write(IReadOnlyList<SearchDocument> docs, string siteRoot, SearchExportOptions? options = null)
    {
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);
        return Write(docs, (file, bytes) =>
        {
            var path = Path.GetFullPath(Path.Combine(root, file));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new IOException($"refused to write '{file}': it is outside the site's folder");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }, options);
    }

    /// <summary>Hands every file of search/ to <paramref name="write"/> (its path relative to the site's root, and its bytes).</summary>
    public static SearchExportStats Write(IReadOnlyList<SearchDocument> docs, Action<string, byte[]> write, SearchExportOptions? options = null)
    {
        options ??= SearchExportOptions.Default;
        using var directory = new RAMDirectory();
        SearchIndex.Build(docs, directory);
        using var reader = DirectoryReader.Open(directory);
        var writer = new ShardWriter(write);
        if (reader.Leaves.Count > 1 || reader.NumDeletedDocs > 0)
            throw new InvalidOperationException("the search index must be one segment without deletions to be exported");
        var leaf = reader.Leaves.Count == 0 ? null : reader.Leaves[0].AtomicReader;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            // The client sorts by date with document numbers, so they must be the archive order.
            if (reader.Document(doc).Get(SearchFields.Id) != docs[doc].Id)
                throw new InvalidOperationException($"document {doc} is not {docs[doc].Id}: Lucene reordered the documents");
            writer.Write(SearchShards.Doc(doc), DocFile.From(docs[doc], options.LeadChars));
        }

        var fields = SearchFields.Weighted
            .Select(f => new StartupField(f.Name, f.Weight, leaf?.GetTerms(f.Name)?.SumTotalTermFreq ?? 0)).ToList();
        var facets = new FacetIndex(docs);
        foreach (var (number, list) in facets.ValueDocs())
            writer.Write(SearchShards.FacetValue(number), PostingsCodec.DocList(list));
        var (termBuckets, positionBuckets, terms) = leaf is null ? (1, 1, 0) : WriteTerms(writer, leaf, fields, facets, options);
        for (var b = 0; b < termBuckets && leaf is null; b++)
            writer.Write(SearchShards.TermBucket(b), new Dictionary<string, object>());
        for (var b = 0; b < positionBuckets && leaf is null; b++)
            writer.Write(SearchShards.PositionBucket(b), new Dictionary<string, object>());
        var startup = new StartupFile(SearchFormat.Version, reader.MaxDoc, 1.2f, 0.75f, fields, termBuckets, positionBuckets,
            [.. facets.Facets.Select(f => new StartupFacet(f.Name, f.Label, [.. f.Values.Select(v => v.Value)]))]);
        var startupBytes = writer.Write(SearchShards.Startup, startup);
        return new SearchExportStats(docs.Count, terms, writer.Files, writer.Bytes, startupBytes);
    }

    /// <summary>
    /// Writes every term: a large one's blocks at once into files of their own, the headers and the
    /// small terms' blocks into hashed buckets. Returns the numbers of term and position buckets.
    /// </summary>
    static (int TermBuckets, int PositionBuckets, int Terms) WriteTerms(
        ShardWriter writer, AtomicReader leaf, List<StartupField> fields, FacetIndex facets, SearchExportOptions options)
    {
        var impact = new ImpactScore(leaf.MaxDoc, fields);
        var postings = new TermPostings(leaf);
        var headers = new List<(string Term, TermHeader Header, string[]? Positions)>();
        var own = 0;
        foreach (var term in postings.AllTerms())
        {
            var (docs, docFreqs) = postings.Read(term);
            var blocks = TermBlocks.Make(docs, docFreqs, impact, options);
            var counts = facets.Counts(docs.Select(d => d.Doc));
            if (blocks.Chars <= options.OwnFileChars)
            {
                headers.Add((term, new TermHeader(blocks.Count, docFreqs, counts, blocks.Bounds, null, blocks.Postings), blocks.Positions));
                continue;
            }
            for (var b = 0; b < blocks.Postings.Length; b++)
            {
                writer.Write(SearchShards.OwnPostings(own, b), blocks.Postings[b]);
                writer.Write(SearchShards.OwnPositions(own, b), blocks.Positions[b]);
            }
            headers.Add((term, new TermHeader(blocks.Count, docFreqs, counts, blocks.Bounds, own++, null), null));
        }

        var termChars = headers.Sum(h => (long)h.Term.Length + (h.Header.X?.Sum(x => x.Length) ?? 0) + h.Header.K.Length * 7 + h.Header.C.Length + 40);
        var positionChars = headers.Sum(h => (long)(h.Positions?.Sum(x => x.Length + 3) ?? 0) + h.Term.Length + 4);
        var termBuckets = (int)Math.Max(1, termChars / options.BucketChars);
        var positionBuckets = (int)Math.Max(1, positionChars / options.BucketChars);
        var t = Enumerable.Range(0, termBuckets).Select(_ => new SortedDictionary<string, TermHeader>(StringComparer.Ordinal)).ToArray();
        var p = Enumerable.Range(0, positionBuckets).Select(_ => new SortedDictionary<string, string[]>(StringComparer.Ordinal)).ToArray();
        foreach (var (term, header, positions) in headers)
        {
            t[TermBuckets.Of(term, termBuckets)][term] = header;
            if (positions is not null)
                p[TermBuckets.Of(term, positionBuckets)][term] = positions;
        }
        for (var b = 0; b < termBuckets; b++)
            writer.Write(SearchShards.TermBucket(b), t[b]);
        for (var b = 0; b < positionBuckets; b++)
            writer.Write(SearchShards.PositionBucket(b), p[b]);
        return (termBuckets, positionBuckets, headers.Count);
    }

    /// <summary>Makes register scripts and hands them on to be written.</summary>
    sealed class ShardWriter(Action<string, byte[]> write)
    {
        static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        public int Files { get; private set; }

        public long Bytes { get; private set; }

        public long Write<T>(string key, T data)
        {
            var text = $"PagesSearch.register({JsonSerializer.Serialize(key, Json)},{JsonSerializer.Serialize(data, Json)});\n";
            var bytes = Utf8.GetBytes(text);
            write(SearchShards.File(key), bytes);
            Files++;
            Bytes += bytes.Length;
            return bytes.Length;
        }
    }
}
