using AngleSharp.Html.Parser;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>The build's link scanner reads the same links as AngleSharp's HTML5 tokenizer.</summary>
[Collection(nameof(SampleSite))]
public sealed class LinkScannerTests(SampleSite site)
{
    static readonly string[] Attributes = ["href", "src", "action"];

    /// <summary>
    /// The reference: every href, src and action of every element, in document order, as
    /// AngleSharp's HTML5 parser builds them (its tokenizer alone would look for tags inside
    /// scripts and titles, which the parser's tree builder tells it not to).
    /// </summary>
    static List<string> AngleSharpLinks(string html) =>
        [.. new HtmlParser().ParseDocument(html).All
            .SelectMany(e => e.Attributes.Where(a => Attributes.Contains(a.Name)).Select(a => a.Value))];

    [Fact]
    public void Every_page_of_the_sample_site_gives_the_same_links()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 90);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.Equal(AngleSharpLinks(html), LinkScanner.Links(html));
        }
    }

    [Theory]
    [InlineData("<a href=x.html>x</a><a href='y.html'>y</a><a HREF=\"z.html\">z</a>")]
    [InlineData("<!-- <a href=\"comment.html\"> --><a href=\"real.html\">")]
    [InlineData("<!--><a href=a.html><!---><a href=b.html>")]
    [InlineData("<script>var s = '<a href=\"in-script.html\">';</script><img src=\"after.png\">")]
    [InlineData("<title><a href=t.html></title><textarea><a href=u.html></textarea><a href=v.html>")]
    [InlineData("<style>a[href=\"x\"]{}</STYLE ><link href=\"s.css\" rel=stylesheet>")]
    [InlineData("<a title=\"a>b\" href=\"after-gt.html\">")]
    [InlineData("<a href=\"x.html?a=1&amp;b=2\">&lt;a href=no.html&gt;")]
    [InlineData("</a href=\"end-tag.html\"><form action=\"/search\"><a href = \"spaced.html\" >")]
    [InlineData("<!DOCTYPE html><?xml x?><a href=\"x\"<a href=y>")]
    [InlineData("<a href=\"unterminated")]
    [InlineData("<a href=\"a.html\" href=\"b.html\"><p/><br/><img/src=\"slash.png\">")]
    [InlineData("< a href=not-a-tag.html><3 <a\thref\n=\ntabs.html>")]
    [InlineData("<form ACTION=up.html><a hre\u0130f=no.html><form act\u0131on=no.html><SCRIPT><a href=s.html></script ><a Src=ok.png>")]
    [InlineData("<a href><img src=''><a href=\"1.html\" src=\"2.png\" action=\"3\" HREF=\"4.html\"><scriptx><a href=after.html>")]
    public void Hostile_and_odd_html_gives_the_same_links(string html) =>
        Assert.Equal(AngleSharpLinks(html), LinkScanner.Links(html));
}
