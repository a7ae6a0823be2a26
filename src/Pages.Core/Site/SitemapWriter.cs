using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace Pages.Site;

/// <summary>
/// sitemap.xml: every page of the site. Search engines need absolute addresses, so set the site's
/// base_url when publishing on the web; without it the addresses are written relative to the site.
/// </summary>
public static class SitemapWriter
{
    const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>What the sitemap lists.</summary>
    /// <param name="Pages">Each page listed, in ordinal order, with the date of its article if it is one.</param>
    public sealed record Sitemap(string BaseUrl, List<(string Page, DateOnly? Date)> Pages)
    {
        /// <summary>A hash of what it lists, written into the file as a comment.</summary>
        public string Key
        {
            get
            {
                var hash = new XxHash128();
                Add(hash, BaseUrl);
                foreach (var (page, date) in Pages)
                {
                    Add(hash, page);
                    Add(hash, date?.DayNumber.ToString(CultureInfo.InvariantCulture) ?? "");
                }
                return Convert.ToHexStringLower(hash.GetCurrentHash());
            }
        }
    }

    /// <summary>What the sitemap of <paramref name="site"/> lists, of its pages <paramref name="htmlPages"/>.</summary>
    public static Sitemap Of(SiteModel site, IEnumerable<string> htmlPages)
    {
        var baseUrl = site.Config.Site.BaseUrl.TrimEnd('/');
        var lastModified = site.Articles.ToDictionary(a => a.Url, a => a.Page.Issue.Date);
        return new Sitemap(baseUrl, [.. htmlPages.Where(p => p != SitePaths.NotFound && !SitePaths.IsQualityReport(p)).Order(StringComparer.Ordinal)
            .Select(p => (p, lastModified.GetValueOrDefault(p)))]);
    }

    static void Add(XxHash128 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0, 0]);
    }

    public static void Write(Sitemap map, Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteComment(KeyComment(map.Key));
        xml.WriteStartElement("urlset", Namespace);
        foreach (var (page, date) in map.Pages)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, map.BaseUrl.Length > 0 ? $"{map.BaseUrl}/{page}" : page);
            if (date is { } day)
                xml.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// Whether the sitemap in <paramref name="file"/> was written from what <paramref name="map"/>
    /// lists (its key, in its first lines): a rebuild then keeps it instead of writing 38,600
    /// addresses again at 5,000 pages (a tenth to a fifth of a second of one thread).
    /// </summary>
    public static bool Lists(string file, Sitemap map)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var head = new byte[256];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(head, 0, read).Contains("<!--" + KeyComment(map.Key) + "-->", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    static string KeyComment(string key) => $" pages {key} ";
}
