using System.Security.Cryptography;
using System.Text;

namespace Pages.Cache;

/// <summary>
/// SHA-256 over a sequence of parts, each prefixed by its length so that no two different
/// sequences hash alike (("ab", "c") and ("a", "bc") differ). Hex, lower case: it names cache files.
/// </summary>
public sealed class ContentHash : IDisposable
{
    /// <summary>
    /// The thread's hash and buffer when no one is using them. Making a hash costs more than hashing
    /// a page (it looks the algorithm up in the system's library), and a build makes one per page;
    /// small parts (a path, a key) are gathered in the buffer and handed to the hash together, as a
    /// stamp adds two hundred thousand of them and each call into the library has its cost.
    /// </summary>
    [ThreadStatic] static State? spare;

    sealed class State
    {
        public readonly IncrementalHash Hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        public readonly byte[] Pending = new byte[1 << 14];
        public int Length;
    }

    readonly State state = Take();

    /// <summary>False once the hash was taken: the state is then reset and can be used again.</summary>
    bool dirty;

    static State Take()
    {
        var taken = spare ?? new State();
        spare = null;
        return taken;
    }

    public ContentHash Add(ReadOnlySpan<byte> part)
    {
        dirty = true;
        Span<byte> length = stackalloc byte[8];
        BitConverter.TryWriteBytes(length, (long)part.Length);
        Append(length);
        Append(part);
        return this;
    }

    void Append(ReadOnlySpan<byte> bytes)
    {
        var pending = state.Pending;
        if (state.Length + bytes.Length > pending.Length)
            Flush();
        if (bytes.Length > pending.Length)
        {
            state.Hash.AppendData(bytes);
            return;
        }
        bytes.CopyTo(pending.AsSpan(state.Length));
        state.Length += bytes.Length;
    }

    void Flush()
    {
        state.Hash.AppendData(state.Pending.AsSpan(0, state.Length));
        state.Length = 0;
    }

    public ContentHash Add(string part) =>
        part.Length <= 256 ? AddShort(part) : Add(Encoding.UTF8.GetBytes(part));

    ContentHash AddShort(string part)
    {
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(part.Length)];
        return Add(bytes[..Encoding.UTF8.GetBytes(part, bytes)]);
    }

    /// <summary>Adds a part that may be missing (a sidecar file that does not exist), distinct from an empty one.</summary>
    public ContentHash AddOptional(byte[]? part) => part is null ? Add("\u0000absent") : Add("\u0000present").Add(part);

    public string Hex()
    {
        Flush();
        var hex = Convert.ToHexStringLower(state.Hash.GetHashAndReset());
        dirty = false;
        return hex;
    }

    public void Dispose()
    {
        if (dirty || spare is not null)
            state.Hash.Dispose();
        else
            spare = state;
    }

    public static string Of(params string[] parts)
    {
        using var h = new ContentHash();
        foreach (var part in parts)
            h.Add(part);
        return h.Hex();
    }

    public static string Of(ReadOnlySpan<byte> bytes)
    {
        using var h = new ContentHash();
        return h.Add(bytes).Hex();
    }
}
