namespace Pages.Site.Views;

/// <summary>What every page's layout needs: the way back to the root, the site, and the page's own title.</summary>
/// <param name="Root">The prefix from this page back to the site's root ("" or "../").</param>
/// <param name="Nav">Which section of the navigation this page belongs to.</param>
/// <param name="Canonical">The page's absolute address where the site's address is configured, else empty.</param>
/// <param name="Scripts">Extra scripts for this page, as paths from the root.</param>
public sealed record LayoutView(
    string Root,
    SiteView Site,
    string Title,
    string? Description,
    string Nav,
    string BodyClass,
    string? Canonical,
    IReadOnlyList<string> Scripts);

public sealed record SiteView(string Title, string? Paper, string? Description);
