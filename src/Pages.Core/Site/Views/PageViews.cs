namespace Pages.Site.Views;

public sealed record StatsView(int Issues, int Pages, int Articles, string? Span);

public sealed record LatestView(string Heading, string? IssueUrl, IReadOnlyList<PageLink> Pages, IReadOnlyList<ArticleLink> Articles);

public sealed record HomeView(
    StatsView Stats,
    LatestView Latest,
    FacetLink Zone,
    IReadOnlyList<FacetLink> Townships,
    IReadOnlyList<FacetLink> Topics,
    IReadOnlyList<FacetLink> Years);

public sealed record IssueLink(string Url, string Label, int ArticleCount, IReadOnlyList<PageLink> Pages);

/// <summary>A year of the archive on the list of all issues, which links to a page per year.</summary>
public sealed record IssueYearLink(string Url, string Label, int IssueCount, int ArticleCount);

public sealed record IssuesView(IReadOnlyList<IssueYearLink> Years);

/// <summary>A year's issues with their pages (without their articles: each issue's own page lists those).</summary>
public sealed record IssueYearView(string Label, IReadOnlyList<IssueLink> Issues);

public sealed record IssueView(IssueLink Issue, NeighbourLink? Previous, NeighbourLink? Next, NeighbourLink Year);

public sealed record PrintedPageView(
    string Label,
    string IssueUrl,
    string IssueLabel,
    string DateLabel,
    string EditionLabel,
    string NumberLabel,
    string SectionLabel,
    IReadOnlyList<ArticleLink> Articles,
    string Printed);

public sealed record PageView(PrintedPageView Page, NeighbourLink? Previous, NeighbourLink? Next);

public sealed record SectionView(string? Heading, IReadOnlyList<string> Paragraphs);

public sealed record ArticleBodyView(
    string Url,
    string Kind,
    string? Kicker,
    string Title,
    bool Printed,
    string? Subtitle,
    string? Byline,
    string? Credit,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<TagLink> Townships,
    IReadOnlyList<TagLink> Villages,
    IReadOnlyList<TagLink> Topics,
    IReadOnlyList<TagLink> Authors,
    IReadOnlyList<string> Dates,
    string IssueUrl,
    string IssueLabel,
    string PageUrl,
    string PageLabel,
    string Citation,
    string Permalink);

public sealed record ArticleView(ArticleBodyView Article, NeighbourLink? Previous, NeighbourLink? Next, IReadOnlyList<ArticleLink> Related);

public sealed record FacetsView(string Heading, string? Lead, IReadOnlyList<FacetLink> Facets);

/// <summary>
/// One page of a township's, village's, topic's, author's or year's list of articles. Only its first
/// page's <paramref name="Facet"/> has the count and the villages (<see cref="ViewBuilder.Named"/> on
/// the later pages): articles added to the facet then change its first and last pages, not all of them.
/// </summary>
public sealed record FacetView(FacetLink Facet, FacetLink? Parent, string IndexUrl, string IndexLabel, IReadOnlyList<ArticleLink> Articles, PagerView? Pager);

/// <summary>Where a long list goes on: some of its pages (<see cref="Pager"/>), the current one marked.</summary>
public sealed record PagerView(NeighbourLink? Previous, NeighbourLink? Next, IReadOnlyList<PagerPage> Pages);

/// <param name="Gap">Stands for pages left out between its neighbours (shown as …).</param>
/// <param name="Last">The list's last page, shown as 末页 (<paramref name="Number"/> 0) on the other pages.</param>
public sealed record PagerPage(int Number, string Url, bool Current, bool Gap = false, bool Last = false);

public sealed record EmptyView;

/// <summary>The about page: what it says is the theme's; the export's files are the archive's, by year.</summary>
public sealed record AboutView(IReadOnlyList<DataYear> Data);

/// <param name="Label">2015年, or 日期不详.</param>
public sealed record DataYear(string Label, IReadOnlyList<DataLink> Files);

/// <summary>A file of the export (<see cref="DataFile"/>): where it is, which month, how many printed pages.</summary>
public sealed record DataLink(string Url, string Label, int Pages);

public sealed record FindingView(string Where, string Level, string Check, string Message);

/// <summary>
/// One page of the quality report: a few hundred findings, so that the report of a large archive
/// (thousands of findings) opens quickly and a rebuild renders again only the pages whose findings
/// changed. Only the first page has the <paramref name="Summary"/>.
/// </summary>
public sealed record QualityView(QualitySummary? Summary, int Number, IReadOnlyList<FindingView> Findings, PagerView? Pager);

/// <summary>How many findings in all, and per check how many errors and warnings.</summary>
public sealed record QualitySummary(int Total, IReadOnlyList<CheckCount> Checks);

public sealed record CheckCount(string Check, int Errors, int Warnings);
