using System.Text;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>Bits written as text read back as they were written, whatever the mix of codes, and a text that is not bits is refused.</summary>
public sealed class BitTextTests
{
    enum Code { Bits, Gamma, Rice, Truncated }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_code_reads_back_what_was_written(int seed)
    {
        var random = new Random(seed);
        var written = new List<(Code Code, int Value, int Parameter)>();
        var writer = new BitTextWriter(new StringBuilder());
        for (var i = 0; i < 20_000; i++)
        {
            var code = (Code)random.Next(4);
            // Values that are mostly small, now and then large: Rice escapes, long runs of ones and zeros.
            var value = random.Next(10) == 0 ? random.Next(1, 1 << 24) : random.Next(1, 40);
            switch (code)
            {
                case Code.Bits:
                    var width = random.Next(0, 32);
                    value &= width == 0 ? 0 : (int)((1L << width) - 1);
                    writer.Bits(value, width);
                    written.Add((code, value, width));
                    break;
                case Code.Gamma:
                    writer.Gamma(value);
                    written.Add((code, value, 0));
                    break;
                case Code.Rice:
                    var k = random.Next(0, 8);
                    writer.Rice(value, k);
                    written.Add((code, value, k));
                    break;
                case Code.Truncated:
                    var count = random.Next(1, 300);
                    writer.Truncated(value % count, count);
                    written.Add((code, value % count, count));
                    break;
            }
        }
        var reader = new BitTextReader(writer.Finish());
        foreach (var (code, value, parameter) in written)
            Assert.Equal(value, code switch
            {
                Code.Bits => reader.Bits(parameter),
                Code.Gamma => reader.Gamma(),
                Code.Rice => reader.Rice(parameter),
                _ => reader.Truncated(parameter),
            });
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void A_reader_is_at_its_end_only_past_every_bit_but_padding()
    {
        var writer = new BitTextWriter(new StringBuilder());
        writer.Rice(3, 1);
        writer.Gamma(5);
        var reader = new BitTextReader(writer.Finish());
        Assert.False(reader.AtEnd);
        Assert.Equal(3, reader.Rice(1));
        Assert.False(reader.AtEnd);
        Assert.Equal(5, reader.Gamma());
        Assert.True(reader.AtEnd);
    }

    [Theory]
    [InlineData("")]
    [InlineData("~~")]
    public void A_text_that_is_not_bits_is_refused(string text) =>
        Assert.Throws<FormatException>(() => new BitTextReader(text).Gamma());
}
