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
    /// A hash no one is using on this thread. Making one costs more than hashing a page (it looks the
    /// algorithm up in the system's library), and a build makes one per page and per cache key.
    /// </summary>
    [ThreadStatic] static IncrementalHash? spare;

    readonly IncrementalHash hash = Take();

    /// <summary>False once the hash was taken: the state is then reset and can be used again.</summary>
    bool dirty = true;

    static IncrementalHash Take()
    {
        var taken = spare ?? IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        spare = null;
        return taken;
    }

    public ContentHash Add(ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[8];
        BitConverter.TryWriteBytes(length, (long)part.Length);
        hash.AppendData(length);
        hash.AppendData(part);
        dirty = true;
        return this;
    }

    public ContentHash Add(string part) => Add(Encoding.UTF8.GetBytes(part));

    /// <summary>Adds a part that may be missing (a sidecar file that does not exist), distinct from an empty one.</summary>
    public ContentHash AddOptional(byte[]? part) => part is null ? Add("\u0000absent") : Add("\u0000present").Add(part);

    public string Hex()
    {
        var hex = Convert.ToHexStringLower(hash.GetHashAndReset());
        dirty = false;
        return hex;
    }

    public void Dispose()
    {
        if (dirty || spare is not null)
            hash.Dispose();
        else
            spare = hash;
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
