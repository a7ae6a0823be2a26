using System.Globalization;
using Jint;
using System.Text.Json;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// A large term's block map (<see cref="BlockMap"/>): what C# writes, C# and the client read back;
/// the export's map says truly where each document is; and a query joining a rare term with a
/// frequent one reads only the frequent term's blocks that hold candidates.
/// </summary>
public sealed class BlockMapTests() : MadeSiteTests("pages-map-")
{
    /// <summary>Documents spread by <paramref name="spread"/>, each in one of <paramref name="blockCount"/> blocks.</summary>
    static (int[] Docs, int[] Blocks) Map(int count, int spread, int blockCount, int seed)
    {
        var random = new Random(seed);
        var (docs, blocks) = (new int[count], new int[count]);
        for (var (i, doc) = (0, random.Next(spread)); i < count; i++, doc += 1 + random.Next(spread))
            (docs[i], blocks[i]) = (doc, random.Next(blockCount));
        return (docs, blocks);
    }

    public static TheoryData<int, int, int> Maps => new()
    {
        { 1, 1, 1 },          // one document, one block: no bits for the block
        { 300, 2, 2 },        // dense, two blocks
        { 2_000, 3, 20 },     // a frequent term's twenty blocks (not a power of two)
        { 500, 90_000, 16 },  // gaps past the Rice escape, a power of two
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void A_map_reads_back_as_it_was_written(int count, int spread, int blockCount)
    {
        var (docs, blocks) = Map(count, spread, blockCount, count);
        var text = BlockMap.Encode(docs, blocks, blockCount);
        var read = BlockMap.Decode(text, blockCount);
        Assert.NotNull(read);
        Assert.Equal(docs, read.Value.Docs);
        Assert.Equal(blocks, read.Value.Blocks);
        Assert.Equal(text, BlockMap.Split(read.Value.Docs, read.Value.Blocks, blockCount, 1 << 20).Parts.Single());
    }

    [Fact]
    public void A_map_in_parts_says_where_each_starts_and_reads_back_whole()
    {
        var (docs, blocks) = Map(2_000, 3, 20, 9);
        var (parts, starts) = BlockMap.Split(docs, blocks, 20, 300);
        var sizes = parts.Select(p => BlockMap.Decode(p, 20)!.Value.Docs.Length).ToArray();
        // Parts end where a document's hash says: at least half the aim, at most twice it (the last with the list).
        Assert.InRange(parts.Length, 3, 14);
        Assert.All(sizes[..^1], size => Assert.InRange(size, 150, 600));
        Assert.Equal(docs.Length, sizes.Sum());
        Assert.Equal(sizes.SkipLast(1).Select((_, p) => docs[sizes[..(p + 1)].Sum()]), starts);
        Assert.Equal(docs.Zip(blocks).ToDictionary(p => p.First, p => p.Second), BlockMap.Decode(parts, 20));
        // One part: no starts in the header.
        Assert.Null(BlockMap.Split(docs, blocks, 20, 10_000).Starts);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void The_client_reads_the_map_as_CSharp_does(int count, int spread, int blockCount)
    {
        var (docs, blocks) = Map(count, spread, blockCount, count);
        var js = Sample.Client();
        js.SetValue("__m", BlockMap.Encode(docs, blocks, blockCount));
        var read = JsonSerializer.Deserialize<Dictionary<string, int>>(
            js.Evaluate($"JSON.stringify(PagesSearch.readMap(__m, {blockCount}))").AsString())!;
        Assert.Equal(docs.Zip(blocks).ToDictionary(p => p.First.ToString(CultureInfo.InvariantCulture), p => p.Second), read);
    }

    [Fact]
    public void A_damaged_map_is_told_apart()
    {
        var (docs, blocks) = Map(200, 5, 12, 7);
        var text = BlockMap.Encode(docs, blocks, 12);
        Assert.Null(BlockMap.Decode(text[..^3], 12));
        Assert.Null(BlockMap.Decode(text + "A9", 12));
        Assert.Null(BlockMap.Decode(text[..5] + "*" + text[6..], 12));
    }

    [Fact]
    public void The_exported_map_names_the_block_that_holds_each_document()
    {
        var index = InvertedIndex.Build(Sample.Docs);
        var options = new SearchExportOptions(FirstBlock: 2, MaxBlock: 8, OwnFileChars: 0);
        var checkedTerms = 0;
        foreach (var term in new[] { "村", "示范", "镇", "秸秆", "发展" })
        {
            var list = TermList.Make(term, index.Terms[term], index.Norms);
            var made = TermBlocks.Make(list, index.Norms, options);
            var map = BlockMap.Decode(made.Map!, made.Postings.Length)!;
            var inBlocks = new Dictionary<int, int>();
            for (var b = 0; b < made.Postings.Length; b++)
            {
                var block = new BlockPostings(list.FieldCount);
                Assert.True(BlockCodec.Decode(made.Postings[b], made.Positions[b], block, options.PiecePositions));
                foreach (var doc in block.Docs)
                    inBlocks.Add(doc, b);
            }
            Assert.True(made.Postings.Length > 1, term);
            Assert.Equal(inBlocks.OrderBy(p => p.Key), map.OrderBy(p => p.Key));
            checkedTerms++;
        }
        Assert.Equal(5, checkedTerms);
        // A term whose blocks go inline has no map.
        Assert.Null(TermBlocks.Make(TermList.Make("村", index.Terms["村"], index.Norms), index.Norms, SearchExportOptions.Default with { OwnFileChars = 1 << 20 }).Map);
    }

    /// <summary>400 articles on farming (bodies of varied length, so the impacts differ); every hundredth also names a paddy field.</summary>
    static List<SearchDocument> Farming() => Sample.WithBodies("m", Enumerable.Range(0, 400).Select(i =>
        "农业" + string.Concat(Enumerable.Repeat("。今年全区增收", 1 + i % 37)) + (i % 100 == 7 ? "，农业稻田" : "")));

    [Fact]
    public void A_rare_term_with_a_frequent_one_reads_only_the_frequent_terms_blocks_holding_its_documents()
    {
        // (Spaces between Chinese words do not count: the query is one run.)
        var docs = Farming();
        SearchExport.Write(docs, Site, new SearchExportOptions(FirstBlock: 4, MaxBlock: 16, OwnFileChars: 0, MapPart: 64));
        var lucene = new ArchiveSearcher(docs).Search(SearchQuery.Parse("农业稻田"), 20);
        var client = new ClientSearch(Site);
        var (total, exact, hits) = client.Search("农业稻田");

        Assert.Equal(4, lucene.Total);
        Assert.True(exact);
        Assert.Equal(lucene.Total, total);
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Select(h => h.Doc));
        for (var i = 0; i < hits.Count; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - hits[i].Score) <= 1e-6);
        var farming = "x/" + OwnFiles.Name("农业")[..2] + "/" + OwnFiles.Name("农业");
        var allBlocks = Directory.GetFiles(Path.GetDirectoryName(Path.Combine(Site, SearchShards.File(farming + "b0")))!, OwnFiles.Name("农业") + "b*.js").Length;
        // The map is in parts of about 64 documents (400 in all); the four candidates are in four of them.
        Assert.InRange(Directory.GetFiles(Path.GetDirectoryName(Path.Combine(Site, SearchShards.File(farming + "m0")))!, OwnFiles.Name("农业") + "m*.js").Length, 4, 12);
        Assert.InRange(client.Loaded.Count(k => k.StartsWith(farming + "m", StringComparison.Ordinal)), 1, 4);
        Assert.True(allBlocks > 20, $"{allBlocks} blocks");
        Assert.InRange(client.Loaded.Count(k => k.StartsWith(farming + "b", StringComparison.Ordinal)), 1, 4);
    }

    /// <summary>
    /// 400 articles: three eighths say 工作 often (their 工作 scores best), an eighth 人员 often, a
    /// quarter 工作人员 once, a quarter 工作 and 人员 apart. 工作 is in 3.5 times as many as the
    /// phrase: too few to read it through its map, so its blocks are read in impact order.
    /// </summary>
    static List<SearchDocument> Staff() => Sample.WithBodies("s", Enumerable.Range(0, 400).Select(i => (i % 8) switch
    {
        1 => string.Concat(Enumerable.Repeat("人员。", 3 + i % 5)),
        2 or 6 => "工作人员" + string.Concat(Enumerable.Repeat("。今年全区增收", 1 + i % 37)),
        3 or 7 => "工作。人员" + string.Concat(Enumerable.Repeat("。今年全区增收", 1 + i % 29)),
        _ => string.Concat(Enumerable.Repeat("工作。", 3 + i % 5)),
    }));

    [Fact]
    public void A_phrase_reads_the_positions_of_only_the_blocks_that_hold_documents_that_can_make_the_results()
    {
        var docs = Staff();
        SearchExport.Write(docs, Site, new SearchExportOptions(FirstBlock: 4, MaxBlock: 16, OwnFileChars: 0, MapPart: 64));
        var searcher = new ArchiveSearcher(docs);
        var client = new ClientSearch(Site);
        var lucene = searcher.Search(SearchQuery.Parse("\"工作人员\""), 10);
        var (total, _, hits) = client.Search("\"工作人员\"", top: 10);
        Assert.Equal(100, lucene.Total);
        AssertFirstTenAsLucene(lucene, total, hits);
        // 工作's best blocks are the articles that say it often and lack 人员: read, but not their positions.
        var work = OwnFiles.Name("工作");
        var postings = client.Loaded.Count(k => k.StartsWith("x/" + work[..2] + "/" + work + "b", StringComparison.Ordinal));
        var positions = client.Loaded.Count(k => k.StartsWith("y/" + work[..2] + "/" + work + "b", StringComparison.Ordinal));
        Assert.True(postings > 0);
        Assert.True(positions < postings, $"positions of {positions} of the {postings} blocks read");
    }

    /// <summary>
    /// 400 articles, every one saying "common" once; 28 say "rare" and "middle": ten of them each
    /// three and five times, the rest once; 72 more say "middle" twice. "middle" is too common to
    /// be read through its map beside "rare" and too rare for "common" to be read otherwise.
    /// </summary>
    static List<SearchDocument> Committee() => Sample.WithBodies("c", Enumerable.Range(0, 400).Select(i => "common 今年全区增收。" + (i % 4, i / 4) switch
    {
        (0, < 10) => "rare rare rare middle middle middle middle middle",
        (0, < 28) => "rare middle",
        (0, _) => "middle middle",
        _ => "",
    }));

    [Fact]
    public void A_conjunction_scores_the_documents_its_lists_have_read_before_reading_them_further()
    {
        // Once "rare" is read, the ten that say everything most often lead; "middle" has read them
        // in its first blocks. Scoring them (through "common"'s map) sets a threshold the others
        // cannot reach, so "middle"'s later blocks, where the others are, are never read.
        var docs = Committee();
        SearchExport.Write(docs, Site, new SearchExportOptions(FirstBlock: 4, MaxBlock: 16, OwnFileChars: 0));
        var lucene = new ArchiveSearcher(docs).Search(SearchQuery.Parse("rare middle common"), 10);
        var client = new ClientSearch(Site);
        var (total, _, hits) = client.Search("rare middle common", top: 10);

        Assert.Equal(28, lucene.Total);
        AssertFirstTenAsLucene(lucene, total, hits);
        var middle = "x/" + OwnFiles.Name("middle")[..2] + "/" + OwnFiles.Name("middle") + "b";
        var blocks = Directory.GetFiles(Path.GetDirectoryName(Path.Combine(Site, SearchShards.File(middle + "0")))!, OwnFiles.Name("middle") + "b*.js").Length;
        var read = client.Loaded.Count(k => k.StartsWith(middle, StringComparison.Ordinal));
        Assert.True(blocks >= 7, $"{blocks} blocks");
        Assert.True(read <= 2, $"{read} of {blocks} blocks read");
    }

    /// <summary>The client's first ten are Lucene's, in order, with its scores; its total is at least Lucene's (it may be a bound).</summary>
    static void AssertFirstTenAsLucene(SearchResults lucene, int total, List<ClientSearch.Hit> hits)
    {
        Assert.True(total >= lucene.Total);
        Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Take(10).Select(h => h.Doc));
        for (var i = 0; i < 10; i++)
            Assert.True(Math.Abs(lucene.Hits[i].Score - hits[i].Score) <= 1e-6);
    }

    [Fact]
    public void A_phrase_after_its_words_finds_what_Lucene_finds_with_the_maps_the_words_read()
    {
        // The words' query reads 农业's whole map (one part); the phrase's first look then knows
        // every article with 农业 before any of its terms' positions are read.
        var docs = Farming();
        SearchExport.Write(docs, Site, new SearchExportOptions(FirstBlock: 4, MaxBlock: 16, OwnFileChars: 0));
        var searcher = new ArchiveSearcher(docs);
        var client = new ClientSearch(Site);
        foreach (var query in new[] { "农业稻田", "\"农业稻田\"", "农业", "\"农业稻田\"" })
        {
            var lucene = searcher.Search(SearchQuery.Parse(query), 10);
            var (total, _, hits) = client.Search(query, top: 10);
            Assert.True(lucene.Total > 0);
            Assert.True(total >= lucene.Total, $"{query}: {total} below {lucene.Total}");
            Assert.Equal(lucene.Hits.Select(h => h.DocNumber), hits.Take(10).Select(h => h.Doc));
        }
    }
}
