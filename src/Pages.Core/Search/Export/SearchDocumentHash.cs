using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pages.Search.Export;

/// <summary>
/// A document's hash over everything the export takes from it (searchable text, facet values,
/// what a result shows): an update redoes exactly the documents whose hash changed. XxHash128, not
/// a cryptographic hash: it only tells the build's own documents apart, and every build hashes all
/// of them (a fifth of the time SHA-256 took here).
/// </summary>
public static class SearchDocumentHash
{
    /// <summary>The hash of a number no article has (<see cref="SearchNumbers"/>): no document's hash is empty.</summary>
    public const string Unused = "";

    /// <summary>Every number's hash (null: a number no article has).</summary>
    public static string[] All(IReadOnlyList<SearchDocument?> docs)
    {
        var hashes = new string[docs.Count];
        Parallel.For(0, docs.Count, i => hashes[i] = Of(docs[i]));
        return hashes;
    }

    public static string Of(SearchDocument? d)
    {
        if (d is null)
            return Unused;
        var hash = Cache.Hashers.Rent();
        foreach (var part in new[]
                 {
                     d.Id, d.Url, d.DisplayTitle, d.Title, d.Kicker, d.Subtitle, d.Body, d.Byline, d.PageLabel, d.KindName,
                     d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                     d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                 })
            Append(hash, part);
        foreach (var values in new[] { d.Townships, d.Villages, d.Topics, d.Authors })
        {
            foreach (var value in values)
                Append(hash, value);
            Append(hash, "\u0002");
        }
        return Done(hash);
    }

    /// <summary>The hash of <paramref name="parts"/>, each followed by a separator (<see cref="Append"/>).</summary>
    public static string OfParts(IEnumerable<string> parts)
    {
        var hash = Cache.Hashers.Rent();
        foreach (var part in parts)
            Append(hash, part);
        return Done(hash);
    }

    /// <summary>The hash in Base64, its hasher given back.</summary>
    static string Done(XxHash128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash.GetCurrentHash(bytes);
        Cache.Hashers.Return(hash);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>A part's UTF-16 code units and a separator, so "ab"+"c" and "a"+"bc" differ.</summary>
    static void Append(XxHash128 hash, string part)
    {
        hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
        hash.Append([1, 0]);
    }
}
