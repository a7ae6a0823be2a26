using System.IO.Hashing;

namespace Pages.Cache;

/// <summary>
/// XxHash128 hashers kept for reuse, a few per thread. A rebuild makes a key for every article,
/// page and list (about 110,000 at 5,000 pages), and a hasher carries half a kilobyte of state:
/// made anew each time they were 56 MB of a one-page rebuild's 455 MB of allocations
/// (dotnet-trace, gc-verbose, 2026-11-24), memory the collector must clear. A stack, since one
/// key's parts may be hashed while another key is open (an article's key takes its related
/// articles' link hashes, made on first use).
/// </summary>
internal static class Hashers
{
    [ThreadStatic]
    static Stack<XxHash128>? free;

    public static XxHash128 Rent() => free is { Count: > 0 } stack ? stack.Pop() : new XxHash128();

    /// <summary>Gives a hasher back, emptied. A hasher not given back (a key abandoned halfway) is only garbage.</summary>
    public static void Return(XxHash128 hasher)
    {
        hasher.Reset();
        (free ??= new Stack<XxHash128>()).Push(hasher);
    }
}
