using System.IO.Hashing;

namespace Pages.Site;

/// <summary>
/// The hash a site's file is known by (XxHash128 of its bytes, hex): the same whether the file was
/// handed over whole, written through a <see cref="HashingStream"/> or read back. It tells whether
/// the published site already has a file's bytes, so they need not be written again; it guards
/// against no one. SHA-256 hashed a cold 5,000-page build's 1.1 GB at a second of processor time,
/// and its hex doubled the size of the render manifest's 140,000 entries, read at every rebuild.
/// </summary>
public static class FileHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    public static string Of(Stream stream)
    {
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

/// <summary>
/// Passes everything written on to a file and hashes it on the way, so a large file (one of
/// the export's month files) is written once, as it is made, instead of first gathered in memory to be hashed.
/// </summary>
public sealed class HashingStream(Stream inner) : Stream
{
    readonly XxHash128 hash = new();

    /// <summary>The <see cref="FileHash"/> of everything written so far.</summary>
    public string Hex() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
