using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Pages.Cache;

/// <summary>Reads what <see cref="EntryWriter"/> wrote, in the same order; any inconsistency is an <see cref="InvalidDataException"/>.</summary>
internal ref struct EntryReader
{
    readonly ReadOnlySpan<byte> bytes;
    /// <summary>The same bytes, when the reader was given memory it may hand out (<see cref="Block"/>).</summary>
    readonly ReadOnlyMemory<byte> memory;
    int at;
    readonly List<string> seen = new(256);

    public EntryReader(ReadOnlySpan<byte> payload) => bytes = payload;

    public EntryReader(ReadOnlyMemory<byte> payload)
    {
        bytes = payload.Span;
        memory = payload;
    }

    public readonly bool AtEnd => at == bytes.Length;

    /// <summary>Reads one value: a method of the format reading it.</summary>
    public delegate T Read<T>(ref EntryReader reader);

    /// <summary>A list's length: each item takes a byte at least, so a length past the end is damage.</summary>
    public int Count()
    {
        var count = Int();
        return count >= 0 && count <= bytes.Length - at ? count : throw new InvalidDataException("a list's length is wrong");
    }

    public ImmutableArray<T> List<T>(Read<T> read)
    {
        var count = Count();
        if (count == 0)
            return [];
        var items = new T[count];
        for (var i = 0; i < count; i++)
            items[i] = read(ref this);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    public string? OptionalString() => Bool() ? String() : null;

    public bool Bool() => Int() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("a flag is neither 0 nor 1"),
    };

    public string String()
    {
        var head = Long();
        if ((head & 1) == 1)
        {
            var number = head >> 1;
            return number < seen.Count ? seen[(int)number] : throw new InvalidDataException("a string refers to none before it");
        }
        var s = Chars(head >> 1);
        if (s.Length <= EntryWriter.ReusedLength)
            seen.Add(s);
        return s;
    }

    /// <summary>A string written by <see cref="EntryWriter.UniqueString"/>.</summary>
    public string UniqueString() => Chars(Long());

    /// <summary>A string written by <see cref="EntryWriter.Utf8String"/>.</summary>
    public string Utf8String()
    {
        var length = Long();
        if (length < 0 || length > bytes.Length - at)
            throw new InvalidDataException("a string's length is wrong");
        var s = System.Text.Encoding.UTF8.GetString(bytes.Slice(at, (int)length));
        at += (int)length;
        return s;
    }

    /// <summary>The next <paramref name="chars"/> UTF-16 code units as a string.</summary>
    string Chars(long chars)
    {
        if (chars < 0 || chars * 2 > bytes.Length - at)
            throw new InvalidDataException("a string's length is wrong");
        var s = new string(MemoryMarshal.Cast<byte, char>(bytes.Slice(at, (int)chars * 2)));
        at += (int)chars * 2;
        return s;
    }

    public int Int()
    {
        var value = Long();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("a number is out of range");
    }

    public long Long()
    {
        ulong v = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= bytes.Length)
                throw new InvalidDataException("it ends early");
            var b = bytes[at++];
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return (long)(v >> 1) ^ -(long)(v & 1);
        }
        throw new InvalidDataException("a number is too long");
    }

    /// <summary>A hash written by <see cref="EntryWriter.Hash"/>, in lower-case hex.</summary>
    public string Hash() => Int() switch
    {
        0 => String(),
        var length and (32 or 16) => Convert.ToHexStringLower(Bytes(length)),
        var other => throw new InvalidDataException($"it has a hash of {other} bytes"),
    };

    /// <summary>A block written by <see cref="EntryWriter.Block"/>, not read: a reader of its own reads it, now or later.</summary>
    public ReadOnlyMemory<byte> Block()
    {
        if (memory.Length != bytes.Length)
            throw new InvalidOperationException("a block can only be taken from a reader of memory");
        var length = Int();
        if (length < 0 || length > bytes.Length - at)
            throw new InvalidDataException("a block's length is wrong");
        var block = memory.Slice(at, length);
        at += length;
        return block;
    }

    /// <summary>The next <paramref name="count"/> bytes (a hash).</summary>
    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count > bytes.Length - at)
            throw new InvalidDataException("it ends early");
        var read = bytes.Slice(at, count);
        at += count;
        return read;
    }
}
