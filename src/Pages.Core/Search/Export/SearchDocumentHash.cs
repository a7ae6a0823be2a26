using System.IO.Hashing;
using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// A document's hash over everything the export takes from it (searchable text, facet values,
/// what a result shows): an update redoes exactly the documents whose hash changed. XxHash128, not
/// a cryptographic hash: it only tells the build's own documents apart, and every build hashes all
/// of them (a fifth of the time SHA-256 took here).
/// </summary>
public static class SearchDocumentHash
{
    public static string[] All(IReadOnlyList<SearchDocument> docs)
    {
        var hashes = new string[docs.Count];
        Parallel.For(0, docs.Count, i => hashes[i] = Of(docs[i]));
        return hashes;
    }

    public static string Of(SearchDocument d)
    {
        var text = new StringBuilder();
        foreach (var part in new[]
                 {
                     d.Id, d.Url, d.DisplayTitle, d.Title, d.Kicker, d.Subtitle, d.Body, d.Byline, d.PageLabel, d.KindName,
                     d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                     d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                     string.Join('\u0002', d.Townships), string.Join('\u0002', d.Villages),
                     string.Join('\u0002', d.Topics), string.Join('\u0002', d.Authors),
                 })
            text.Append(part).Append('\u0001');
        return Convert.ToBase64String(XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
