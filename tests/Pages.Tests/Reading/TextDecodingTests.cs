using System.Text;
using Pages.Reading;

namespace Pages.Tests.Reading;

public class TextDecodingTests
{
    const string Page = "本报讯（记者付凯明） 9 月 24 日，在中\n秋节即将到来之际。\n";

    static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936).GetBytes(text);
    }

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8()
    {
        var result = TextDecoding.Decode(Encoding.UTF8.GetBytes(Page));
        Assert.Equal(Page, result.Text);
        Assert.Equal("UTF-8", result.Encoding);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var result = TextDecoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Page)]);
        Assert.Equal(Page, result.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read_in_either_byte_order(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = TextDecoding.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Page)]);
        Assert.Equal(Page, result.Text);
        Assert.Equal(bigEndian ? "UTF-16BE" : "UTF-16LE", result.Encoding);
    }

    [Fact]
    public void Gb18030_is_told_apart_from_utf8()
    {
        var result = TextDecoding.Decode(Gb18030(Page));
        Assert.Equal(Page, result.Text);
        Assert.Equal("GB18030", result.Encoding);
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\nb", "a\nb")]
    [InlineData("a\r\n\rb", "a\n\nb")]
    public void Line_ends_of_every_kind_become_newlines(string text, string expected) =>
        Assert.Equal(expected, TextDecoding.Decode(Encoding.UTF8.GetBytes(text)).Text);

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_fail_with_the_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("示范区"), 0xFF, 0xFF, 0xFF];
        var result = TextDecoding.Decode(bytes);
        Assert.Null(result.Text);
        Assert.Equal(9, result.ByteOffset);
        Assert.Contains("neither UTF-8", result.Error);
    }

    [Fact]
    public void A_binary_file_is_refused_as_binary()
    {
        var result = TextDecoding.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        Assert.Null(result.Text);
        Assert.Equal(4, result.ByteOffset);
        Assert.Contains("binary", result.Error);
    }

    [Fact]
    public void Control_characters_mark_a_binary_file()
    {
        var result = TextDecoding.Decode(Encoding.UTF8.GetBytes("示范区\u0001\u0002"));
        Assert.Null(result.Text);
        Assert.Equal(9, result.ByteOffset);
    }

    [Fact]
    public void An_empty_file_decodes_to_empty_text() => Assert.Equal("", TextDecoding.Decode([]).Text);
}
