namespace Pages.Site;

/// <summary>One file of the site's export: a month's printed pages (or the undated ones).</summary>
/// <param name="Url">Where it is (<see cref="SitePaths.Data"/>).</param>
/// <param name="Year">The year it belongs to (null: undated).</param>
/// <param name="Label">What a reader is told it holds: 3月, 日期不详.</param>
public sealed record DataFile(string Url, int? Year, string Label, IReadOnlyList<PageEntry> Pages)
{
    /// <summary>The archive's export files, a month each, in the archive's order.</summary>
    public static List<DataFile> Of(SiteModel site) =>
    [
        .. site.Pages.GroupBy(p => p.Issue.Date is { } d ? (d.Year, d.Month) : ((int, int)?)null).Select(month => month.Key is var (y, m)
            ? new DataFile(SitePaths.Data($"{y:D4}-{m:D2}"), y, $"{m}月", [.. month])
            : new DataFile(SitePaths.Data("undated"), null, "日期不详", [.. month])),
    ];
}
