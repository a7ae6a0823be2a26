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
/// and labels of the page and its issue, the tags' names and addresses, the neighbours as their
/// links show them, the related articles by their links' hashes (made once per article and
/// build). A value a view reads from the rest of the archive and this key missed would keep a
/// page whose bytes changed: <c>IncrementalBuildTests</c> hold rebuilds after such changes to a
/// clean build, byte for byte.
/// </para>
/// Pages without a cache key (a build without the cache) are keyed by their views (null here).
/// </summary>
internal static class RenderSources
{
    /// <summary>The key of <paramref name="article"/>'s page, or null when its printed page has no cache key.</summary>
    public static string? Article(ArticleEntry article, SiteView site, string baseUrl)
    {
        if (article.Page.Loaded.Key is not { } pageKey)
            return null;
        var key = new Key("article", site, baseUrl);
        key.Add(pageKey).Add(article.Id).Add(article.Url).Add(article.Page.Url).Add(article.Page.Label)
            .Add(article.Page.Issue.Url).Add(article.Page.Issue.Label);
        key.Add(article.Year?.Name);
        foreach (var tags in new[] { article.Townships, article.Villages, article.Topics, article.Authors })
        {
            key.Count(tags.Count);
            foreach (var tag in tags)
                key.Add(tag.Name).Add(tag.Url);
        }
        // The neighbours by their addresses (they are on the same printed page, so their titles are
        // in its key, and their page's label is this one's: taking their titles would decode their
        // bodies, for an article printed without a title), the related articles by their links' sources.
        foreach (var neighbour in new[] { article.Previous, article.Next })
        {
            if (neighbour is not null && neighbour.Page != article.Page)
                return null;
            key.Add(neighbour?.Url);
        }
        key.Count(article.Related.Count);
        foreach (var related in article.Related)
        {
            if (LinkSource(related) is not { } link)
                return null;
            key.Add(link);
        }
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

    /// <summary>
    /// The key of an issue's page, which lists its printed pages and their articles' links, or null
    /// when one of its pages has no cache key. An article's link shows the article (its page's key),
    /// its address and its page's and issue's addresses and labels.
    /// </summary>
    public static string? Issue(IssueEntry issue, NeighbourLink? previous, NeighbourLink? next, NeighbourLink year, SiteView site, string baseUrl)
    {
        var key = new Key("issue", site, baseUrl);
        key.Add(issue.Url).Add(issue.Label);
        key.Count(issue.Pages.Count);
        foreach (var page in issue.Pages)
        {
            if (page.Loaded.Key is not { } pageKey)
                return null;
            key.Add(pageKey).Add(page.Url).Add(page.Label);
            key.Count(page.Articles.Count);
            foreach (var article in page.Articles)
                key.Add(article.Url);
        }
        foreach (var link in new[] { previous, next, year })
            key.Add(link?.Url).Add(link?.Label).Add(link?.Title);
        return key.Hex();
    }

    /// <summary>
    /// The key of a page listing articles (a township's, village's, topic's, author's or year's):
    /// its layout's address, title and navigation, the small records around the list hashed as
    /// views are (<paramref name="around"/>: the facet, its parent, the pager…), and each article
    /// listed by its link's sources, so no link is built for a page that is kept. Null when one of
    /// the articles' pages has no cache key.
    /// </summary>
    public static string? List(string path, string title, string nav, object?[] around, IEnumerable<ArticleEntry> articles, SiteView site, string baseUrl)
    {
        var key = new Key("list", site, baseUrl);
        key.Add(path).Add(title).Add(nav).Add(ViewHash.Of(around));
        var count = 0;
        foreach (var article in articles)
        {
            if (LinkSource(article) is not { } link)
                return null;
            key.Add(link);
            count++;
        }
        key.Count(count);
        return key.Hex();
    }

    /// <summary>
    /// The key of a page of the quality report: its layout's address, title and navigation, the
    /// records around its list hashed as views are (<paramref name="around"/>: the summary, the
    /// page's number, the pager), and every finding it lists.
    /// </summary>
    public static string Quality(string path, string title, string nav, object?[] around, IReadOnlyList<Quality.Finding> findings, SiteView site, string baseUrl)
    {
        var key = new Key("quality", site, baseUrl);
        key.Add(path).Add(title).Add(nav).Add(ViewHash.Of(around));
        key.Count(findings.Count);
        foreach (var f in findings)
        {
            key.Add(f.File).Add(f.Check).Add(f.Message).Add(f.Severity.ToString());
            key.Count(f.Line);
        }
        return key.Hex();
    }

    /// <summary>
    /// What an article's link (<see cref="ViewBuilder.Link"/>) shows, as a hash of what it is made
    /// of: the article (what a list shows of it, <see cref="ViewBuilder.ListingDigest"/>, kept in its
    /// cache entry; its address) and its page's and issue's addresses and labels. Not its printed
    /// page's key: a change elsewhere on the page (its running head, another article) would render
    /// again every list the page's articles are on. Made once per article and build; null when its
    /// page has no cache key.
    /// </summary>
    public static byte[]? LinkSource(ArticleEntry article)
    {
        if (article.LinkSource is { } made)
            return made;
        if (article.Page.Loaded.Key is null)
            return null;
        var key = new Key("link");
        key.Add(article.Tagged.ListingDigest ?? ViewBuilder.ListingDigest(article.Tagged.Article))
            .Add(article.Url).Add(article.Page.Url).Add(article.Page.Label).Add(article.Page.Issue.Label);
        return Interlocked.CompareExchange(ref article.LinkSource, key.Bytes(), null) ?? article.LinkSource;
    }

    /// <summary>
    /// The parts, each tagged and its length given, so no two lists of parts hash alike; XxHash128:
    /// the keys only tell the site's own pages apart, and every build makes one per article.
    /// Tagged "sources", apart from the views' keys (<see cref="RenderManifest.KeyOf"/>).
    /// </summary>
    sealed class Key
    {
        readonly XxHash128 hash = Hashers.Rent();

        public Key(string kind, SiteView site, string baseUrl) : this(kind) =>
            Add(site.Title).Add(site.Paper).Add(site.Description).Add(baseUrl);

        public Key(string kind) => Add("sources").Add(kind);

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

        public Key Add(byte[] hashed)
        {
            hash.Append([2]);
            hash.Append(hashed);
            return this;
        }

        /// <summary>The key in hex; the key is done with (its hasher goes back to <see cref="Hashers"/>).</summary>
        public string Hex()
        {
            Span<byte> bytes = stackalloc byte[16];
            hash.GetCurrentHash(bytes);
            Hashers.Return(hash);
            return Convert.ToHexStringLower(bytes);
        }

        /// <summary>The key's bytes; the key is done with.</summary>
        public byte[] Bytes()
        {
            var bytes = hash.GetCurrentHash();
            Hashers.Return(hash);
            return bytes;
        }
    }
}
