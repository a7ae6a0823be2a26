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

    public static TheoryData<int, int, int> Blocks => new()
    {
        { 1, 1, 1 },          // one posting
        { 64, 300, 2 },       // a first block: few documents, far apart
        { 1024, 2, 3 },       // a dense block of a frequent term
        { 500, 40_000, 4 },   // gaps past the Rice escape
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_block_reads_back_as_it_was_written(int count, int spread, int seed)
    {
        var block = Block(count, spread, seed);
        var (postings, positions) = BlockCodec.Encode(block);
        var read = new BlockPostings(Fields);
        Assert.True(BlockCodec.Decode(postings, positions, read));
        Assert.Equal(block.Docs, read.Docs);
        Assert.Equal(block.Freqs, read.Freqs);
        Assert.Equal(block.Norms, read.Norms);
        Assert.Equal(block.Positions, read.Positions);
        // The same postings always make the same texts (an update compares them with a whole export's).
        Assert.Equal((postings, positions), BlockCodec.Encode(read));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_client_reads_the_block_as_CSharp_does(int count, int spread, int seed)
    {
        var block = Block(count, spread, seed);
        var (postings, positions) = BlockCodec.Encode(block);
        var js = Sample.Client();
        js.SetValue("__p", postings);
        js.SetValue("__x", positions);
        var read = js.Evaluate("JSON.stringify((function () { var l = { docs: {} }; PagesSearch.readBlock(l, 4, __p, __x); return l.docs; })())").AsString();
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
        var (postings, _) = BlockCodec.Encode(block);
        Assert.InRange(postings.Length, 1024, 1024 * 5 / 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("!!!!")]
    public void A_damaged_block_is_told_apart(string damage)
    {
        var (postings, positions) = BlockCodec.Encode(Block(64, 300, 6));
        var read = new BlockPostings(Fields);
        Assert.False(BlockCodec.Decode(postings[..(postings.Length / 2)] + damage, positions, read));
        Assert.False(BlockCodec.Decode(postings, positions[..(positions.Length / 2)] + damage, read));
        Assert.False(BlockCodec.Decode(postings + "B", positions, read));
    }
}
