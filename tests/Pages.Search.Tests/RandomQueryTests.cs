using Pages.Archive;
using Pages.Config;
using Pages.Generate;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// Queries nobody chose: drawn at random (a fixed seed) from the text of a generated archive's
/// articles, in every shape a reader types (one character, a word, words apart, a quoted phrase,
/// a filter), so that the client is held to Lucene beyond the hand-made query set. The archive is
/// exported twice: with the default blocks, and with small ones, so that bounds, block maps and
/// positions pieces are exercised on many terms. PAGES_RANDOM_QUERIES sets how many queries, and
/// PAGES_RANDOM_PAGES how many pages (for a long run: from about 600 pages the default export gives
/// frequent terms files of their own).
/// </summary>
public sealed class RandomQueryTests : IClassFixture<RandomQueryTests.Archive>
{
    /// <summary>A generated archive of 150 pages (about 900 articles) unless asked for more, its exports and its Lucene searcher.</summary>
    public sealed class Archive : IDisposable
    {
        readonly string folder = Directory.CreateTempSubdirectory("pages-random-queries-").FullName;

        public Archive()
        {
            var input = Path.Combine(Sample.RepoRoot, "input");
            var config = ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName));
            var pages = Path.Combine(folder, "input");
            var count = int.TryParse(Environment.GetEnvironmentVariable("PAGES_RANDOM_PAGES"), out var n) ? n : 150;
            ArchiveGenerator.Generate(ArchiveLoader.Load([input], config), count, 11, Path.Combine(pages, "pages"), null);
            File.Copy(Path.Combine(input, SiteConfig.FileName), Path.Combine(pages, SiteConfig.FileName));
            Docs = SearchDocuments.From(ArchiveLoader.Load([pages], config));
            (DefaultSite, SmallSite) = (Path.Combine(folder, "default"), Path.Combine(folder, "small"));
            SearchExport.Write(Docs, DefaultSite);
            SearchExport.Write(Docs, SmallSite, new SearchExportOptions(FirstBlock: 4, MaxBlock: 32, OwnFileChars: 64, BucketChars: 512,
                MapPart: 64, PiecePositions: 32, PositionBucketChars: 512, InlineBucketChars: 512,
                SegmentDocs: Math.Max(8, Docs.Count * 3 / 5)));
            Searcher = new ArchiveSearcher(Docs);
        }

        public List<SearchDocument> Docs { get; }

        public string DefaultSite { get; }

        public string SmallSite { get; }

        public ArchiveSearcher Searcher { get; }

        public void Dispose()
        {
            Searcher.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    readonly Archive archive;

    public RandomQueryTests(Archive archive) => this.archive = archive;

    static int Count => int.TryParse(Environment.GetEnvironmentVariable("PAGES_RANDOM_QUERIES"), out var n) ? n : 60;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_queries_rank_as_Lucene_ranks_them(bool smallBlocks)
    {
        var random = new Random(smallBlocks ? 5 : 3);
        var client = new ClientSearch(smallBlocks ? archive.SmallSite : archive.DefaultSite);
        var failures = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            var (query, filter) = Draw(random);
            // The page a reader is on (ten results a page), or every result (sorted by date).
            int? k = random.Next(4) switch { 0 => 10, 1 => 30, 2 => null, _ => 20 };
            var filters = filter is { } f ? new[] { (f.Facet, f.Value) } : [];
            var lucene = archive.Searcher.Search(SearchQuery.Parse(query, filters), k ?? archive.Docs.Count);
            var label = (filter is { } h ? $"{query} [{h.Facet}={h.Value}]" : query) + $" (k {k?.ToString() ?? "all"})";
            int total;
            bool exact;
            List<ClientSearch.Hit> hits;
            try
            {
                (total, exact, hits) = client.Search(query, filter is { } g ? new Dictionary<string, string[]> { [g.Facet] = [g.Value] } : null, k);
            }
            catch (Jint.Runtime.JavaScriptException e)
            {
                failures.Add($"{label}: {e.Message}");
                client = new ClientSearch(smallBlocks ? archive.SmallSite : archive.DefaultSite);
                continue;
            }
            var top = hits.Take(k ?? hits.Count).ToList();
            if (!lucene.Hits.Select(x => x.DocNumber).SequenceEqual(top.Select(x => x.Doc)))
                failures.Add($"{label}: Lucene {string.Join(",", lucene.Hits.Select(x => x.DocNumber))}; client {string.Join(",", top.Select(x => x.Doc))}");
            else if (lucene.Hits.Zip(top).Any(p => Math.Abs(p.First.Score - p.Second.Score) > 1e-6))
                failures.Add($"{label}: scores differ");
            else if (exact ? total != lucene.Total : total < lucene.Total)
                failures.Add($"{label}: total {total} (exact {exact}), Lucene {lucene.Total}");
            else if (k is null && filter is null && Missed(query, top) is { } missed)
                failures.Add($"{label}: article {missed} contains it and was not found");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// A one-term query that a rare filter lets the client read through the term's block map may
    /// never read the term's first block, which holds its counts per facet value: the client must
    /// still load it and count (it once failed with a script error here).
    /// </summary>
    [Fact]
    public void A_one_term_query_read_through_its_map_counts_per_facet_value()
    {
        var client = new ClientSearch(archive.SmallSite);
        var filter = new Dictionary<string, string[]> { ["kind"] = ["图片"] };
        var (total, _, hits) = client.Search("和", filter);
        var lucene = archive.Searcher.Search(SearchQuery.Parse("和", [("kind", "图片")]), 20);
        Assert.Equal(lucene.Total, total);
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Take(20).Select(h => h.Doc));
        var counts = client.Counts()["kind"];
        foreach (var kind in new[] { "新闻", "图片", "公告" })
            Assert.Equal(archive.Searcher.Search(SearchQuery.Parse("和", [("kind", kind)]), 1).Total, counts.GetValueOrDefault(kind));
    }

    /// <summary>
    /// An article whose title or text contains the query's text and is not among the results
    /// (recall). Latin letters and digits are searched as whole words, as in Lucene: "5" is not
    /// found inside "2015", so a query that starts or ends inside a word is looked for as a word.
    /// </summary>
    int? Missed(string query, List<ClientSearch.Hit> hits)
    {
        var text = query.Trim('"');
        if (text.Contains(' ') || !text.Any(char.IsLetterOrDigit))
            return null;
        const string Word = "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]";
        var pattern = new System.Text.RegularExpressions.Regex(
            (char.IsAsciiLetterOrDigit(SearchTokenizer.Fold(text[0])) ? $"(?<!{Word})" : "") + System.Text.RegularExpressions.Regex.Escape(text)
            + (char.IsAsciiLetterOrDigit(SearchTokenizer.Fold(text[^1])) ? $"(?!{Word})" : ""));
        var found = hits.Select(h => h.Doc).ToHashSet();
        for (var d = 0; d < archive.Docs.Count; d++)
            if ((pattern.IsMatch(archive.Docs[d].Body) || pattern.IsMatch(archive.Docs[d].Title)) && !found.Contains(d))
                return d;
        return null;
    }

    /// <summary>A word of Latin letters or digits from some article (full-width ones fold), or a number and a character.</summary>
    string Latin(Random random)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var doc = archive.Docs[random.Next(archive.Docs.Count)];
            var words = System.Text.RegularExpressions.Regex.Matches(doc.Body, "[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+");
            if (words.Count == 0)
                continue;
            var word = words[random.Next(words.Count)];
            var after = word.Index + word.Length < doc.Body.Length ? doc.Body[word.Index + word.Length].ToString() : "";
            return random.Next(2) == 0 ? word.Value : word.Value + after;
        }
        return "2015";
    }

    /// <summary>A query drawn from an article's text, and now and then a filter drawn from another article.</summary>
    (string Query, (string Facet, string Value)? Filter) Draw(Random random)
    {
        string Piece(int length)
        {
            var doc = archive.Docs[random.Next(archive.Docs.Count)];
            var text = random.Next(5) == 0 && doc.Title.Length > 0 ? doc.Title : doc.Body;
            if (text.Length <= length)
                return text;
            var at = random.Next(text.Length - length);
            return text.Substring(at, length).Trim();
        }
        var shape = random.Next(8);
        var query = shape switch
        {
            6 => Latin(random),
            7 => $"{Piece(2)}{" ,、。".Substring(random.Next(4), 1)}{Piece(random.Next(1, 4))}",
            0 => Piece(1),
            1 => Piece(random.Next(2, 5)),
            2 => Piece(random.Next(5, 13)),
            3 => $"\"{Piece(random.Next(3, 9))}\"",
            4 => $"{Piece(2)} {Piece(random.Next(2, 4))}",
            _ => $"{Piece(random.Next(2, 4))} {Piece(3)} {Piece(2)}",
        };
        if (query.Trim('"', ' ').Length == 0)
            query = "示范区";
        if (random.Next(4) != 0)
            return (query, null);
        var other = archive.Docs[random.Next(archive.Docs.Count)];
        return random.Next(3) switch
        {
            0 when other.Townships.Length > 0 => (query, ("township", other.Townships[0])),
            1 => (query, ("year", other.Year?.ToString() ?? "")),
            _ => (query, ("kind", other.KindName)),
        };
    }
}
