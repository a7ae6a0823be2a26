using System.Globalization;
using System.Xml;

namespace Pages.Site;

/// <summary>
/// sitemap.xml: every page of the site. Search engines need absolute addresses, so set the site's
/// base_url when publishing on the web; without it the addresses are written relative to the site.
/// </summary>
public static class SitemapWriter
{
    const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Write(SiteModel site, IEnumerable<string> htmlPages, Stream stream)
    {
        var baseUrl = site.Config.Site.BaseUrl.TrimEnd('/');
        var lastModified = site.Articles.ToDictionary(a => a.Url, a => a.Page.Issue.Date);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in htmlPages.Where(p => p != SitePaths.NotFound && !SitePaths.IsQualityReport(p)).Order(StringComparer.Ordinal))
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, baseUrl.Length > 0 ? $"{baseUrl}/{page}" : page);
            if (lastModified.GetValueOrDefault(page) is { } date)
                xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
