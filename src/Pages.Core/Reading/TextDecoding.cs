using System.Text;

namespace Pages.Reading;

/// <summary>
/// Turns a page file's bytes into text. Chinese archives hold UTF-8 (with or without BOM), UTF-16
/// with BOM and GB18030/GBK files side by side, usually with nothing saying which. A BOM decides
/// when there is one; otherwise strict UTF-8 is tried first, because real GBK text is almost never
/// valid UTF-8 while any byte string decodes "successfully" under a lenient GBK decoder; then strict
/// GB18030. A file that neither decodes is refused with the byte offset where decoding failed.
/// </summary>
public static class TextDecoding
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes <paramref name="bytes"/>, or says why it cannot.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], 3, "UTF-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], 2, "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], 2, "UTF-16BE");

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            return DecodeResult.Fail(nul, "it holds NUL bytes, so it is a binary file or UTF-16 without a byte-order mark, not a page of text");

        var utf8 = Strict(StrictUtf8, bytes, 0, "UTF-8");
        if (utf8.Text is not null)
            return utf8;
        var gb = Strict(StrictGb18030.Value, bytes, 0, "GB18030");
        if (gb.Text is not null)
            return gb;
        return DecodeResult.Fail(utf8.ByteOffset ?? 0,
            $"it is neither UTF-8 (invalid byte at offset {utf8.ByteOffset}) nor GB18030 (invalid byte at offset {gb.ByteOffset}); save it as UTF-8");
    }

    static DecodeResult Strict(Encoding encoding, ReadOnlySpan<byte> bytes, int skipped, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return ContainsControlCharacters(text, out var at)
                ? DecodeResult.Fail(skipped + encoding.GetByteCount(text.AsSpan(0, at)),
                    $"it holds control characters ({name}), so it is a binary file, not a page of text")
                : DecodeResult.Ok(NormalizeLineEnds(text), name);
        }
        catch (DecoderFallbackException e)
        {
            return DecodeResult.Fail(skipped + FailureOffset(encoding, bytes, e), $"invalid {name}");
        }
    }

    /// <summary>
    /// The byte where decoding failed. The exception's own index is relative to an internal buffer,
    /// so the offset is found by decoding ever longer prefixes (a binary search) instead.
    /// </summary>
    static long FailureOffset(Encoding encoding, ReadOnlySpan<byte> bytes, DecoderFallbackException e)
    {
        int lo = 0, hi = bytes.Length;
        var decoder = encoding.GetDecoder();
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            decoder.Reset();
            try
            {
                // flush: false lets an incomplete sequence at the end of the prefix pass.
                decoder.GetCharCount(bytes[..(mid + 1)], flush: false);
                lo = mid + 1;
            }
            catch (DecoderFallbackException)
            {
                hi = mid;
            }
        }
        return lo < bytes.Length ? lo : Math.Max(0, e.Index);
    }

    static bool ContainsControlCharacters(string text, out int at)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                at = i;
                return true;
            }
        }
        at = -1;
        return false;
    }

    /// <summary>CRLF and lone CR become LF; a leading BOM character goes.</summary>
    public static string NormalizeLineEnds(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}

/// <summary>Decoded text and the encoding used, or the byte offset and reason decoding failed.</summary>
public sealed record DecodeResult(string? Text, string? Encoding, long? ByteOffset, string? Error)
{
    public static DecodeResult Ok(string text, string encoding) => new(text, encoding, null, null);

    public static DecodeResult Fail(long offset, string error) => new(null, null, offset, error);
}
