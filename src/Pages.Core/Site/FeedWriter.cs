using System.Globalization;
using System.Xml;

namespace Pages.Site;

/// <summary>
/// The Atom feed of the newest articles (feed.xml). Dates are the issues' dates, never the time of
/// the build, so the same archive always gives the same feed.
/// </summary>
public static class FeedWriter
{
    /// <summary>How many articles the feed carries.</summary>
    public const int Entries = 50;

    const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The date written for an article whose issue date is unknown.</summary>
    static readonly DateOnly Undated = new(2000, 1, 1);

    public static void Write(SiteModel site, Stream stream)
    {
        var baseUrl = site.Config.Site.BaseUrl.TrimEnd('/');
        var newest = site.Articles
            .OrderByDescending(a => a.Page.Issue.Date ?? Undated)
            .ThenByDescending(a => a.Order)
            .Take(Entries)
            .ToList();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("title", Atom, site.Config.Site.Title);
        xml.WriteElementString("id", Atom, baseUrl.Length > 0 ? baseUrl + "/" : "urn:pages:" + Uri.EscapeDataString(site.Config.Site.Title));
        xml.WriteElementString("updated", Atom, Stamp(newest.Select(a => a.Page.Issue.Date ?? Undated).DefaultIfEmpty(Undated).Max()));
        Link(xml, baseUrl, SitePaths.Home, "alternate");
        Link(xml, baseUrl, SitePaths.Feed, "self");
        foreach (var article in newest)
        {
            var a = article.Tagged.Article;
            xml.WriteStartElement("entry", Atom);
            xml.WriteElementString("title", Atom, article.DisplayTitle);
            xml.WriteElementString("id", Atom, baseUrl.Length > 0 ? $"{baseUrl}/{article.Url}" : $"urn:pages:article:{article.Id}");
            xml.WriteElementString("updated", Atom, Stamp(article.Page.Issue.Date ?? Undated));
            Link(xml, baseUrl, article.Url, "alternate");
            foreach (var credit in a.Credits)
            {
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, credit.Name);
                xml.WriteEndElement();
            }
            foreach (var topic in article.Topics)
            {
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", topic.Name);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("type", "text");
            var text = a.Text.Replace('\n', ' ');
            xml.WriteString(text.Length <= 200 ? text : text[..200] + "…");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Link(XmlWriter xml, string baseUrl, string path, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", baseUrl.Length > 0 ? $"{baseUrl}/{path}" : path);
        xml.WriteEndElement();
    }

    static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
