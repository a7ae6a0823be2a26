using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.IO.Hashing;

namespace Pages.Cache;

/// <summary>
/// Writes a binary cache file (<see cref="PageEntryFormat"/>, <see cref="ManifestFormat"/>): a
/// header (a four-letter name, the format's version, the payload's length and its XxHash128, so a
/// truncated or damaged file is told from a good one: a checksum, not a signature, and a build
/// checks 80 MB of them at 5,000 pages, a tenth of the time SHA-256 took), then the payload: numbers as 7-bit
/// varints, optional values behind a flag, lists behind their count, strings as their UTF-16 code
/// units (Chinese takes two bytes a character, not three, and reads back without transcoding); a
/// short string met before in the file (a path, a role, a township) is written as its number.
/// Read back with <see cref="EntryReader"/>.
/// </summary>
internal sealed class EntryWriter
{
    const int HeaderLength = 4 + 4 + 4 + 16;

    /// <summary>Strings this long or shorter are numbered for reuse; longer ones (paragraphs) rarely repeat.</summary>
    internal const int ReusedLength = 48;

    readonly ArrayBufferWriter<byte> buffer;
    readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public EntryWriter() => buffer = Started(1 << 14);

    /// <summary>A writer of a block inside another entry (<see cref="Block"/>): no header.</summary>
    EntryWriter(int capacity) => buffer = new ArrayBufferWriter<byte>(capacity);

    /// <summary>
    /// A writer of a file of about <paramref name="bytes"/> bytes, made that large at once: a large
    /// file (the render manifest, 15 MB at 5,000 pages) otherwise grows its buffer a dozen times,
    /// each time into fresh memory the system must hand over page by page.
    /// </summary>
    public static EntryWriter OfSize(long bytes) => new(Started((int)Math.Clamp(bytes + HeaderLength, 1 << 14, Array.MaxLength)));

    EntryWriter(ArrayBufferWriter<byte> started) => buffer = started;

    /// <summary>A buffer with room for the header, filled in at the end.</summary>
    static ArrayBufferWriter<byte> Started(int capacity)
    {
        var buffer = new ArrayBufferWriter<byte>(capacity);
        buffer.GetSpan(HeaderLength)[..HeaderLength].Clear();
        buffer.Advance(HeaderLength);
        return buffer;
    }

    /// <summary>The file's bytes, its header filled in.</summary>
    public byte[] ToArray(uint magic, int version) => Finish(magic, version).ToArray();

    /// <summary>The file's bytes, its header filled in, in the writer's own buffer (no copy): write nothing more after.</summary>
    public ReadOnlyMemory<byte> Finish(uint magic, int version)
    {
        var bytes = MemoryMarshal.AsMemory(buffer.WrittenMemory).Span;
        var payload = bytes[HeaderLength..];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], version);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], payload.Length);
        XxHash128.Hash(payload, bytes.Slice(12, 16));
        return buffer.WrittenMemory;
    }

    /// <summary>The payload of <paramref name="bytes"/>; <see cref="InvalidDataException"/> saying why when they are not a whole, sound file of this kind.</summary>
    public static ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> bytes, uint magic, int version)
    {
        if (bytes.Length < HeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != magic)
            throw new InvalidDataException("it is not a file of its kind");
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != version)
            throw new InvalidDataException("it has another format");
        var payload = bytes[HeaderLength..];
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) != payload.Length)
            throw new InvalidDataException("it is truncated");
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(payload, hash);
        if (!hash.SequenceEqual(bytes.Slice(12, 16)))
            throw new InvalidDataException("its bytes are damaged");
        return payload;
    }

    /// <summary><see cref="Payload(ReadOnlySpan{byte}, uint, int)"/> of memory: the payload as memory, for readers that keep blocks of it for later.</summary>
    public static ReadOnlyMemory<byte> Payload(ReadOnlyMemory<byte> bytes, uint magic, int version)
    {
        Payload(bytes.Span, magic, version);
        return bytes[HeaderLength..];
    }

    public void List<T>(ImmutableArray<T> items, Action<T> write)
    {
        // A default array (none was made) is written as an empty one: the model never tells them apart.
        var all = items.IsDefault ? [] : items;
        Int(all.Length);
        foreach (var item in all)
            write(item);
    }

    public void Optional<T>(T? value, Action<T> write) where T : class
    {
        Bool(value is not null);
        if (value is not null)
            write(value);
    }

    public void Optional<T>(T? value, Action<T> write) where T : struct
    {
        Bool(value is not null);
        if (value is { } v)
            write(v);
    }

    public void OptionalString(string? s) => Optional(s, String);

    /// <summary>
    /// Writes what <paramref name="write"/> writes as a block that can be skipped, and read later on
    /// its own (<see cref="EntryReader.Block"/>): its length first, and its strings numbered afresh,
    /// so that it refers to no string before it and nothing after it refers to its strings.
    /// </summary>
    public void Block(Action<EntryWriter> write)
    {
        var block = new EntryWriter(1024);
        write(block);
        Int(block.buffer.WrittenCount);
        Bytes(block.buffer.WrittenSpan);
    }

    public void Bool(bool b) => Int(b ? 1 : 0);

    /// <summary>A string once as its code units; again as its number (odd where even is a length).</summary>
    public void String(string s)
    {
        if (s.Length <= ReusedLength)
        {
            if (seen.TryGetValue(s, out var number))
            {
                Long(((long)number << 1) | 1);
                return;
            }
            seen[s] = seen.Count;
        }
        Long((long)s.Length << 1);
        Bytes(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    /// <summary>A string as its code units, never numbered (<see cref="EntryReader.UniqueString"/>): for strings that do not repeat, such as the paths of a site's files, whose numbering would only cost.</summary>
    public void UniqueString(string s)
    {
        Long(s.Length);
        Bytes(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    /// <summary>
    /// A string as UTF-8, never numbered (<see cref="EntryReader.Utf8String"/>): for the paths of a
    /// site's files, all ASCII, half the bytes of their code units (the render manifest, saved by
    /// every rebuild, 16.8 MB at 5,000 pages as code units).
    /// </summary>
    public void Utf8String(string s)
    {
        var length = System.Text.Encoding.UTF8.GetByteCount(s);
        Long(length);
        var span = buffer.GetSpan(length);
        buffer.Advance(System.Text.Encoding.UTF8.GetBytes(s, span));
    }

    public void Int(int value) => Long(value);

    public void Long(long value)
    {
        var span = buffer.GetSpan(10);
        var at = 0;
        // Zigzag, so small negative numbers stay short too.
        var v = (ulong)((value << 1) ^ (value >> 63));
        while (v >= 0x80)
        {
            span[at++] = (byte)(v | 0x80);
            v >>= 7;
        }
        span[at++] = (byte)v;
        buffer.Advance(at);
    }

    /// <summary>
    /// A hash in hex (64 or 32 digits: SHA-256 or XxHash128) as its bytes, anything else as a string
    /// (<see cref="EntryReader.Hash"/> reads it back).
    /// </summary>
    public void Hash(string hash)
    {
        Span<byte> bytes = stackalloc byte[32];
        var isHash = hash.Length is 64 or 32 && hash.AsSpan().IndexOfAnyExcept(LowerHex) < 0;
        Int(isHash ? hash.Length / 2 : 0);
        if (!isHash)
        {
            String(hash);
            return;
        }
        Convert.FromHexString(hash, bytes, out _, out _);
        Bytes(bytes[..(hash.Length / 2)]);
    }

    static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>Bytes of a length known to the reader (a hash).</summary>
    public void Bytes(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
