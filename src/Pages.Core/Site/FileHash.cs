using System.Security.Cryptography;

namespace Pages.Site;

/// <summary>
/// The hash a site's file is known by (SHA-256 of its bytes, hex): the same whether the file was
/// handed over whole or written through a <see cref="HashingStream"/>.
/// </summary>
public static class FileHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// Passes everything written on to a file and hashes it on the way, so a large file (one of
/// the export's month files) is written once, as it is made, instead of first gathered in memory to be hashed.
/// </summary>
public sealed class HashingStream(Stream inner) : Stream
{
    readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The <see cref="FileHash"/> of everything written so far.</summary>
    public string Hex() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        hash.AppendData(buffer);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            hash.Dispose();
        base.Dispose(disposing);
    }
}
