using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pages.Search.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Their bytes in all.</param>
/// <param name="StartupBytes">Bytes every search loads first (index.js).</param>
public sealed record SearchExportStats(int Documents, int Terms, int Files, long Bytes, long StartupBytes);

/// <summary>
/// Writes the site's static search index under search/ (see <see cref="SearchShards"/> for the
/// files), from Pages' own <see cref="InvertedIndex"/>: the same statistics, postings and norm
/// bytes as the Lucene index `pages search` uses (the tests compare them), without writing a
/// Lucene index and reading it back. Terms are exported in parallel, in batches, so memory holds
/// one batch's encoded postings at a time.
/// </summary>
public static class SearchExport
{
    /// <summary>The client's scripts, in load order, relative to the site's root (from theme/assets/search/).</summary>
    public static IReadOnlyList<string> ClientScripts { get; } =
        ["assets/search/tokenize.js", "assets/search/bm25.js", "assets/search/engine.js", "assets/search/ui.js"];

    const int Batch = 1024;

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
        var writer = new ShardWriter(write);
        var index = InvertedIndex.Build(docs);
        var per = options.DocsPerFile;
        Parallel.For(0, (docs.Count + per - 1) / per, chunk =>
            writer.Write(SearchShards.Docs(chunk * per, per),
                docs.Skip(chunk * per).Take(per).Select(d => DocFile.From(d, options.LeadChars)).ToList()));

        var fields = SearchFields.Weighted.Select((f, i) => new StartupField(f.Name, f.Weight, index.SumTotalTermFreq[i])).ToList();
        var facets = new FacetIndex(docs);
        foreach (var (number, list) in facets.ValueDocs())
            writer.Write(SearchShards.FacetValue(number), PostingsCodec.DocList(list));
        var (termBuckets, positionBuckets, terms) = WriteTerms(writer, index, facets, options);
        var startup = new StartupFile(SearchFormat.Version, docs.Count, 1.2f, 0.75f, fields, termBuckets, positionBuckets,
            [.. facets.Facets.Select(f => new StartupFacet(f.Name, f.Label, [.. f.Values.Select(v => v.Value)], [.. f.Values.Select(v => v.Docs.Count)], f.ByCount))], per);
        var startupBytes = writer.Write(SearchShards.Startup, startup);
        return new SearchExportStats(docs.Count, terms, writer.Files, writer.Bytes, startupBytes);
    }

    /// <summary>
    /// Writes every term: a large one's blocks at once into files of their own, the headers and the
    /// small terms' blocks into hashed buckets. Returns the numbers of term and position buckets.
    /// </summary>
    static (int TermBuckets, int PositionBuckets, int Terms) WriteTerms(
        ShardWriter writer, InvertedIndex index, FacetIndex facets, SearchExportOptions options)
    {
        var all = index.Terms.Keys.ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        var headers = new (TermHeader Header, string[]? Positions)[all.Length];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var from = 0; from < all.Length; from += Batch)
        {
            var count = Math.Min(Batch, all.Length - from);
            var made = new (TermList List, TermBlocks Blocks, string Counts)[count];
            Parallel.For(0, count, i =>
            {
                var list = TermList.Make(all[from + i], index.Terms[all[from + i]], index.Norms);
                made[i] = (list, TermBlocks.Make(list, index.Norms, options), facets.Counts(list.Docs));
            });
            var own = new string?[count];
            for (var i = 0; i < count; i++)
            {
                var (list, blocks, counts) = made[i];
                if (blocks.Chars <= options.OwnFileChars)
                {
                    headers[from + i] = (new TermHeader(list.Count, list.DocFreqs, counts, blocks.Frontiers, null, blocks.Postings), blocks.Positions);
                    continue;
                }
                var name = own[i] = UniqueName(all[from + i], names);
                var renamed = name == OwnFiles.Name(all[from + i]) ? null : name;
                headers[from + i] = (new TermHeader(list.Count, list.DocFreqs, null, blocks.Frontiers, renamed, null), null);
            }
            Parallel.For(0, count, i =>
            {
                if (own[i] is not { } name)
                    return;
                var (blocks, counts) = (made[i].Blocks, made[i].Counts);
                for (var b = 0; b < blocks.Postings.Length; b++)
                {
                    writer.Write(SearchShards.OwnBlock(name, b, false), new OwnBlockFile(blocks.Postings[b], b == 0 ? counts : null));
                    writer.Write(SearchShards.OwnBlock(name, b, true), blocks.Positions[b]);
                }
            });
        }

        var termChars = all.Select((t, i) => (long)t.Length + Chars(headers[i].Header.X) + Chars(headers[i].Header.S) + (headers[i].Header.C?.Length ?? 0) + 30).Sum();
        var positionChars = all.Select((t, i) => Chars(headers[i].Positions) + t.Length + 4).Sum();
        var termBuckets = Buckets(termChars, options);
        var positionBuckets = Buckets(positionChars, options);
        var t = Enumerable.Range(0, termBuckets).Select(_ => new SortedDictionary<string, TermHeader>(StringComparer.Ordinal)).ToArray();
        var p = Enumerable.Range(0, positionBuckets).Select(_ => new SortedDictionary<string, string[]>(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            t[TermBuckets.Of(all[i], termBuckets)][all[i]] = headers[i].Header;
            if (headers[i].Positions is { } positions)
                p[TermBuckets.Of(all[i], positionBuckets)][all[i]] = positions;
        }
        Parallel.For(0, termBuckets, b => writer.Write(SearchShards.TermBucket(b), t[b]));
        Parallel.For(0, positionBuckets, b => writer.Write(SearchShards.PositionBucket(b), p[b]));
        return (termBuckets, positionBuckets, all.Length);
    }

    static long Chars(string[]? texts) => texts?.Sum(x => (long)x.Length + 3) ?? 0;

    /// <summary>
    /// How many buckets: a power of two near the wanted size, so the count (and with it where
    /// every term lives) changes only when the archive's terms double or halve, not with each page.
    /// </summary>
    static int Buckets(long chars, SearchExportOptions options) =>
        (int)Math.Max(1, System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, chars / options.BucketChars)));

    /// <summary>The term's own-file name, made unique among the terms named before it (in term order).</summary>
    static string UniqueName(string term, HashSet<string> names)
    {
        var name = OwnFiles.Name(term);
        for (var k = 1; !names.Add(name); k++)
            name = OwnFiles.Name(term) + "-" + k;
        return name;
    }

    /// <summary>Makes register scripts and hands them on to be written. Safe to call from several threads.</summary>
    sealed class ShardWriter(Action<string, byte[]> write)
    {
        static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        static readonly JsonSerializerOptions Json = new()
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };

        int files;
        long bytes;

        public int Files => files;

        public long Bytes => Interlocked.Read(ref bytes);

        public long Write<T>(string key, T data)
        {
            var text = $"PagesSearch.register({JsonSerializer.Serialize(key, Json)},{JsonSerializer.Serialize(data, Json)});\n";
            var encoded = Utf8.GetBytes(text);
            write(SearchShards.File(key), encoded);
            Interlocked.Increment(ref files);
            Interlocked.Add(ref bytes, encoded.Length);
            return encoded.Length;
        }
    }
}
