using System.Globalization;
using Pages.Model;

using Pages.Text;

namespace Pages.Site.Views;

/// <summary>Turns the site model into the plain views the templates read.</summary>
public sealed class ViewBuilder(SiteModel site)
{
    /// <summary>Length of an article's excerpt in lists.</summary>
    const int ExcerptLength = 64;

    public SiteView Site { get; } = new(site.Config.Site.Title, OrNull(site.Config.Newspaper.Name), OrNull(site.Config.Site.Description));

    /// <summary>Null for an empty string: in a template, an empty string still counts as something.</summary>
    public static string? OrNull(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public LayoutView Layout(string path, string title, string nav, string description = "", IReadOnlyList<string>? scripts = null) => new(
        SitePaths.RootFrom(path),
        Site,
        title,
        OrNull(description),
        nav,
        nav,
        site.Config.Site.BaseUrl.Length > 0 ? Absolute(path) : null,
        scripts ?? []);

    public string Absolute(string path) => site.Config.Site.BaseUrl.TrimEnd('/') + "/" + path;

    /// <summary>
    /// An article is listed on many pages (its page and issue, each of its townships and topics,
    /// its neighbours' related lists), and its link is the same on each: made once per article and
    /// kept on its entry (a table beside the model made threads wait on its lock).
    /// </summary>
    public static ArticleLink Link(ArticleEntry a) => a.ListedAs ?? Interlocked.CompareExchange(ref a.ListedAs, MakeLink(a), null) ?? a.ListedAs;

    static ArticleLink MakeLink(ArticleEntry a) =>
        LinkOf(a.Tagged.Article, a.DisplayTitle, a.Url, a.Page.Url, a.Page.Issue.Label, a.Page.Label);

    /// <summary>An article's link: what it shows of the article, and where it and its page are.</summary>
    static ArticleLink LinkOf(Article article, string displayTitle, string url, string pageUrl, string issueLabel, string pageLabel) => new(
        url,
        article.Kicker?.Text,
        displayTitle,
        article.Title is not null,
        OrNull(KindLabel(article.Kind)),
        pageUrl,
        issueLabel,
        pageLabel,
        (article.Byline ?? article.PhotoCredit)?.Text,
        OrNull(Excerpt(article)));

    public static IReadOnlyList<ArticleLink> Links(IEnumerable<ArticleEntry> articles) => [.. articles.Select(Link)];

    /// <summary>
    /// A hash of what an article's link shows of the article itself (the link with its addresses
    /// and labels left empty, so no field of the link can be missed), kept in its build cache entry:
    /// a list keyed by its articles' links then changes only when they do, not when anything else on
    /// their printed page does (its running head, another article's text), and a rebuild need not
    /// decode an article's body to know.
    /// </summary>
    public static byte[] ListingDigest(Article article) =>
        Cache.ViewHash.OfLink(LinkOf(article, Pages.Site.SiteModelBuilder.DisplayTitle(article), "", "", "", ""));

    public static FacetLink Facet(FacetEntry f) =>
        new(f.Name, f.Url, f.Articles.Count, OrNull(f.Note), [.. f.Children.Select(Facet)]);

    /// <summary>A facet by its name, address and note alone: no count, no villages (what a later page of its list and a village's page show of it).</summary>
    public static FacetLink Named(FacetEntry f) => new(f.Name, f.Url, 0, OrNull(f.Note), []);

    public static TagLink Tag(FacetEntry f) => new(f.Name, f.Url);

    public static NeighbourLink? Neighbour(ArticleEntry? a) => a is null ? null : new(a.Url, a.Page.Label, a.DisplayTitle);

    public static NeighbourLink? Neighbour(PageEntry? p) => p is null ? null : new(p.Url, p.Label, p.Label);

    public static NeighbourLink? Neighbour(IssueEntry? i) => i is null ? null : new(i.Url, i.Label, i.Label);

    public static PageLink PageLink(PageEntry p) => new(p.Url, p.Label, p.Articles.Count, Links(p.Articles));

    public static IssueLink IssueLink(IssueEntry i) => new(i.Url, i.Label, i.ArticleCount, [.. i.Pages.Select(PageLink)]);

    /// <summary>
    /// An issue as a year's list of issues shows it: its pages without their articles (with the
    /// articles' links in its view, any retitled article would render the list again).
    /// </summary>
    public static IssueLink IssueSummary(IssueEntry i) =>
        new(i.Url, i.Label, i.ArticleCount, [.. i.Pages.Select(p => new PageLink(p.Url, p.Label, p.Articles.Count, []))]);

    public static string KindLabel(ArticleKind kind) => kind switch
    {
        ArticleKind.Photo => "图片",
        ArticleKind.Notice => "公告",
        _ => "",
    };

    public static PrintedPageView Page(PageEntry p)
    {
        var meta = p.Loaded.Meta;
        return new PrintedPageView(
            p.Label,
            p.Issue.Url,
            p.Issue.Label,
            meta.Date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "不详",
            meta.Edition ?? "不详",
            meta.PageNumber is { } n ? $"第{n}版" : "不详",
            meta.Section ?? "不详",
            Links(p.Articles),
            p.Loaded.Source.Text.Trim('\n'));
    }

    public ArticleBodyView Article(ArticleEntry a)
    {
        var article = a.Tagged.Article;
        return new ArticleBodyView(
            a.Url,
            article.Kind.ToString().ToLowerInvariant(),
            article.Kicker?.Text,
            a.DisplayTitle,
            a.HasPrintedTitle,
            article.Subtitle?.Text,
            article.Byline?.Text,
            article.PhotoCredit?.Text,
            [.. article.Sections.Select(s => new SectionView(s.Heading?.Text, [.. s.Paragraphs.Select(p => p.Text)]))],
            [.. a.Townships.Select(Tag)],
            [.. a.Villages.Select(Tag)],
            [.. a.Topics.Select(Tag)],
            [.. a.Authors.Select(Tag)],
            [.. a.Tagged.Tags.Dates.Select(FormatDate)],
            a.Page.Issue.Url,
            a.Page.Issue.Label,
            a.Page.Url,
            a.Page.Label,
            Citation(a),
            site.Config.Site.BaseUrl.Length > 0 ? Absolute(a.Url) : a.Url);
    }

    /// <summary>A citation in the usual Chinese form: author, 《title》, paper, date, page.</summary>
    string Citation(ArticleEntry a)
    {
        var article = a.Tagged.Article;
        var parts = new List<string>();
        var authors = string.Join("、", article.Credits.Select(c => c.Name));
        if (authors.Length > 0)
            parts.Add(authors);
        parts.Add($"《{a.DisplayTitle}》");
        if (site.Config.Newspaper.Name.Length > 0)
            parts.Add(site.Config.Newspaper.Name);
        parts.Add(a.Page.Issue.Date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "日期不详");
        parts.Add(a.Page.Loaded.Meta.PageNumber is { } n ? $"第{n}版" : a.Page.Label);
        return string.Join("，", parts) + "。";
    }

    static string FormatDate(Tagging.MentionedDate d) =>
        d.Year is { } y ? $"{y}年{d.Month}月{d.Day}日" : $"{d.Month}月{d.Day}日";

    static string Excerpt(Article article)
    {
        // Counting text elements walks the whole string: count them in a head long enough to hold
        // the excerpt (a text element is at least one char), and in the whole text only if it is not.
        var opening = article.Opening(ExcerptLength * 4 + 1).Replace('\n', ' ');
        var head = opening.Length > ExcerptLength * 4 ? opening[..(ExcerptLength * 4)] : opening;
        if (TextElements.Count(head) > ExcerptLength)
            return TextElements.Take(head, ExcerptLength) + "…";
        var text = opening.Length > ExcerptLength * 4 ? article.Text.Replace('\n', ' ') : opening;
        return TextElements.Count(text) <= ExcerptLength ? text : TextElements.Take(text, ExcerptLength) + "…";
    }

    public static string? DateSpan(SiteModel site)
    {
        var dated = site.Issues.Where(i => i.Date is not null).ToList();
        if (dated.Count == 0)
            return null;
        var (first, last) = (dated[0].Date!.Value, dated[^1].Date!.Value);
        return first == last ? $"{first.Year}年{first.Month}月{first.Day}日" : $"{first.Year}年{first.Month}月—{last.Year}年{last.Month}月";
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
