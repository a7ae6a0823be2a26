using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Pages.Site;
using Pages.Site.Views;

namespace Pages.Cache;

/// <summary>
/// The render key of an article's page and of a printed page's, made from what the page is made
/// of instead of from its built view: building and hashing the views of every article was most of
/// a one-page rebuild (about 4 s of processor time at 31,000 articles), while the few values below
/// are already at hand.
/// <para>
/// A printed page's cache key (<see cref="Archive.LoadedPage.Key"/>) is a hash of its text, its
/// metadata and corrections, the configuration and Pages' own code, so it stands for everything
/// made from the page alone: its articles' text, titles, credits, tags, dates, excerpts, its
/// source text. What comes from the rest of the archive is named here one by one: the addresses
/// and labels of the page and its issue, the tags' addresses, the neighbours, the related
/// articles. A value a view reads from the rest of the archive and this key missed would keep a
/// page whose bytes changed: <c>IncrementalBuildTests</c> hold rebuilds after such changes to a
/// clean build, byte for byte.
/// </para>
/// Pages without a cache key (a build without the cache) are keyed by their views (null here).
/// </summary>
internal static class RenderSources
{
    /// <summary>The key of <paramref name="article"/>'s page, or null when a printed page it shows has no cache key.</summary>
    public static string? Article(ArticleEntry article, SiteView site, string baseUrl)
    {
        if (!Known(article) || article.Previous is { } p && !Known(p) || article.Next is { } n && !Known(n) || !article.Related.TrueForAll(Known))
            return null;
        var key = new Key("article", site, baseUrl);
        key.Add(article);
        key.Add(article.Year?.Name);
        foreach (var tags in new[] { article.Townships, article.Villages, article.Topics, article.Authors })
        {
            key.Count(tags.Count);
            foreach (var tag in tags)
                key.Add(tag.Name).Add(tag.Url);
        }
        key.Add(article.Previous).Add(article.Next);
        key.Count(article.Related.Count);
        foreach (var related in article.Related)
            key.Add(related);
        return key.Hex();
    }

    /// <summary>The key of a printed page's view, or null when it has no cache key.</summary>
    public static string? Page(PageEntry page, SiteView site, string baseUrl)
    {
        if (page.Loaded.Key is not { } pageKey)
            return null;
        var key = new Key("page", site, baseUrl);
        key.Add(pageKey).Add(page.Url).Add(page.Label).Add(page.Issue.Url).Add(page.Issue.Label);
        foreach (var neighbour in new[] { page.Previous, page.Next })
            key.Add(neighbour?.Url).Add(neighbour?.Label);
        return key.Hex();
    }

    static bool Known(ArticleEntry a) => a.Page.Loaded.Key is not null;

    /// <summary>
    /// The parts, each tagged and its length given, so no two lists of parts hash alike; XxHash128:
    /// the keys only tell the site's own pages apart, and every build makes one per article.
    /// Tagged "sources", apart from the views' keys (<see cref="RenderManifest.KeyOf"/>).
    /// </summary>
    sealed class Key
    {
        readonly XxHash128 hash = new();

        public Key(string kind, SiteView site, string baseUrl) =>
            Add("sources").Add(kind).Add(site.Title).Add(site.Paper).Add(site.Description).Add(baseUrl);

        public Key Add(string? part)
        {
            if (part is null)
            {
                hash.Append([0]);
                return this;
            }
            Span<byte> head = stackalloc byte[5];
            head[0] = 1;
            BitConverter.TryWriteBytes(head[1..], part.Length);
            hash.Append(head);
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            return this;
        }

        public void Count(int count) => Add(count.ToString(CultureInfo.InvariantCulture));

        /// <summary>An article named by its page's key and its id, with what its links show that is not the page's own.</summary>
        public Key Add(ArticleEntry? a) => a is null ? Add((string?)null)
            : Add(a.Page.Loaded.Key).Add(a.Id).Add(a.Url).Add(a.Page.Url).Add(a.Page.Label).Add(a.Page.Issue.Url).Add(a.Page.Issue.Label);

        public string Hex() => Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
