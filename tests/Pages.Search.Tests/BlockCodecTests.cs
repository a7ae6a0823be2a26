using System.Text.Json;
using Jint;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>The block codec (<see cref="BlockCodec"/>) in C# and in the client: what one writes, both read back.</summary>
public class BlockCodecTests
{
    const int Fields = 4;

    /// <summary>A block of <paramref name="count"/> postings: documents spread by <paramref name="spread"/>, varied masks, norms and frequencies.</summary>
    static BlockPostings Block(int count, int spread, int seed)
    {
        var random = new Random(seed);
        var block = new BlockPostings(Fields);
        var doc = random.Next(spread);
        for (var i = 0; i < count; i++)
        {
            block.Add(doc);
            // Mostly the body alone, as in an archive; now and then other fields too.
            var mask = random.Next(5) == 0 ? random.Next(1, 1 << Fields) : 0b0100;
            for (var f = 0; f < Fields; f++)
            {
                if ((mask & (1 << f)) == 0)
                    continue;
                var freq = random.Next(8) == 0 ? random.Next(1, 300) : random.Next(1, 4);
                var positions = new List<int>();
                for (var p = random.Next(2_000); positions.Count < freq; p += 1 + random.Next(random.Next(2) == 0 ? 5 : 5_000))
                    positions.Add(p);
                block.Field(f, (byte)(f == 2 ? 60 + random.Next(40) : random.Next(256)), [.. positions]);
            }
            doc += 1 + (random.Next(50) == 0 ? random.Next(1_000_000) : random.Next(spread));
        }
        return block;
    }

    /// <summary>Blocks, each with the default pieces and with pieces of a few positions.</summary>
    public static TheoryData<int, int, int, int> Blocks => new()
    {
        { 1, 1, 1, 2048 },          // one posting
        { 64, 300, 2, 2048 },       // a first block: few documents, far apart
        { 1024, 2, 3, 2048 },       // a dense block of a frequent term
        { 500, 40_000, 4, 2048 },   // gaps past the Rice escape
        { 1, 1, 1, 1 },
        { 64, 300, 2, 5 },
        { 1024, 2, 3, 40 },
        { 500, 40_000, 4, 1 },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_block_reads_back_as_it_was_written(int count, int spread, int seed, int piecePositions)
    {
        var block = Block(count, spread, seed);
        var (postings, positions) = BlockCodec.Encode(block, piecePositions);
        var read = new BlockPostings(Fields);
        Assert.True(BlockCodec.Decode(postings, positions, read, piecePositions));
        Assert.Equal(block.Docs, read.Docs);
        Assert.Equal(block.Freqs, read.Freqs);
        Assert.Equal(block.Norms, read.Norms);
        Assert.Equal(block.Positions, read.Positions);
        // The same postings always make the same texts (an update compares them with a whole export's).
        Assert.Equal((postings, positions), BlockCodec.Encode(read, piecePositions));
        Assert.Equal(BlockCodec.PieceEnds(block, piecePositions).Count, BlockCodec.PieceCount(postings, Fields, piecePositions));
        Assert.Equal(BlockCodec.PieceEnds(block, piecePositions).Count, positions.Split(BlockCodec.PieceSeparator).Length);
    }

    [Fact]
    public void A_blocks_positions_are_cut_where_the_frequencies_reach_a_pieces_worth()
    {
        var block = Block(1024, 2, 3);
        var ends = BlockCodec.PieceEnds(block, 100);
        Assert.Equal(block.Count, ends[^1]);
        for (var (p, from) = (0, 0); p < ends.Count; from = ends[p++])
        {
            var sums = Enumerable.Range(from, ends[p] - from).Select(i => Enumerable.Range(0, Fields).Sum(f => block.Freq(i, f))).ToList();
            // Every piece but the last reaches 100 positions with its last document and not before.
            if (p < ends.Count - 1)
                Assert.True(sums.Sum() >= 100 && sums.Sum() - sums[^1] < 100, $"piece {p}: {sums.Sum()}");
        }
        Assert.True(ends.Count > 5);
        Assert.Single(BlockCodec.PieceEnds(block, int.MaxValue));
    }

    [Fact]
    public void The_client_reads_one_piece_of_a_blocks_positions_alone()
    {
        var block = Block(1024, 2, 3);
        var (postings, positions) = BlockCodec.Encode(block, 100);
        var pieces = positions.Split(BlockCodec.PieceSeparator);
        var ends = BlockCodec.PieceEnds(block, 100);
        var js = Sample.Client();
        js.SetValue("__p", postings);
        js.SetValue("__x", pieces[3]);
        var read = js.Evaluate("JSON.stringify((function () { var l = { docs: {} }; var e = PagesSearch.readPostings(l, 4, __p, 0, 100); PagesSearch.readPiece(e, 3, 4, __x); return e.map(function (x) { return x.hasPos ? x.piece : -1; }); })())").AsString();
        var expected = Enumerable.Range(0, block.Count).Select(i => i >= ends[2] && i < ends[3] ? 3 : -1);
        Assert.Equal(expected, JsonSerializer.Deserialize<int[]>(read)!);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_client_reads_the_block_as_CSharp_does(int count, int spread, int seed, int piecePositions)
    {
        var block = Block(count, spread, seed);
        var (postings, positions) = BlockCodec.Encode(block, piecePositions);
        var js = Sample.Client();
        js.SetValue("__p", postings);
        js.SetValue("__x", positions);
        js.SetValue("__k", piecePositions);
        var read = js.Evaluate("JSON.stringify((function () { var l = { docs: {} }; PagesSearch.readBlock(l, 4, __p, __x, __k); return l.docs; })())").AsString();
        using var docs = JsonDocument.Parse(read);
        var at = 0;
        for (var i = 0; i < block.Count; i++)
        {
            var e = docs.RootElement.GetProperty(block.Docs[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var f = 0; f < Fields; f++)
            {
                Assert.Equal(block.Freq(i, f), e.GetProperty("freq")[f].GetInt32());
                if (block.Freq(i, f) == 0)
                    continue;
                Assert.Equal(block.Norm(i, f), e.GetProperty("norm")[f].GetInt32());
                var expected = block.Positions.GetRange(at, block.Freq(i, f)).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(expected, e.GetProperty("pos")[f].EnumerateObject().Select(p => p.Name));
                at += block.Freq(i, f);
            }
        }
        Assert.Equal(block.Count, docs.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void A_frequent_terms_block_costs_under_two_and_a_half_characters_a_posting()
    {
        // As in a frequent term's later blocks: documents close together, the body alone, a few
        // occurrences each, bodies of similar lengths (format 5 wrote five to six characters).
        var (random, block) = (new Random(7), new BlockPostings(Fields));
        for (var (i, doc) = (0, 0); i < 1024; i++, doc += random.Next(1, 4))
        {
            block.Add(doc);
            block.Field(2, (byte)random.Next(70, 86), [.. Enumerable.Range(0, random.Next(1, 3)).Select(j => 100 * j + random.Next(100))]);
        }
        var (postings, _) = BlockCodec.Encode(block, SearchExportOptions.Default.PiecePositions);
        Assert.InRange(postings.Length, 1024, 1024 * 5 / 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("!!!!")]
    public void A_damaged_block_is_told_apart(string damage)
    {
        foreach (var piecePositions in new[] { 2048, 10 })
        {
            var (postings, positions) = BlockCodec.Encode(Block(64, 300, 6), piecePositions);
            var read = new BlockPostings(Fields);
            Assert.False(BlockCodec.Decode(postings[..(postings.Length / 2)] + damage, positions, read, piecePositions));
            Assert.False(BlockCodec.Decode(postings, positions[..(positions.Length / 2)] + damage, read, piecePositions));
            Assert.False(BlockCodec.Decode(postings + "B", positions, read, piecePositions));
        }
        // A piece missing, or one too many.
        var (p, x) = BlockCodec.Encode(Block(64, 300, 6), 10);
        Assert.False(BlockCodec.Decode(p, x[..x.LastIndexOf(BlockCodec.PieceSeparator)], new BlockPostings(Fields), 10));
        Assert.False(BlockCodec.Decode(p, x + BlockCodec.PieceSeparator + "A", new BlockPostings(Fields), 10));
    }
}
