using System.Globalization;

namespace Pages.Search.Export;

/// <summary>
/// The name of a large term's own files (x/ and y/, <see cref="SearchShards.OwnBlock"/>): sixteen
/// hex digits, two 32-bit FNV-1a hashes of the term's UTF-16 code units with different starting
/// values. A name made from the term alone, not from a number counted over the archive's terms,
/// keeps every other term's files where they are when a term is added or grows. Two terms with
/// one name (about one chance in ten million at a million large terms) are told apart by the
/// header's <see cref="TermHeader.F"/>. Mirrored by <c>ownName</c> in theme/assets/search/engine.js.
/// </summary>
public static class OwnFiles
{
    public static string Name(string term) =>
        Fnv(term, 2166136261u).ToString("x8", CultureInfo.InvariantCulture) + Fnv(term, 3735928559u).ToString("x8", CultureInfo.InvariantCulture);

    static uint Fnv(string term, uint hash)
    {
        foreach (var c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }
        return hash;
    }
}
