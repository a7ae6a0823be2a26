namespace Pages.Splitting;

/// <summary>What the splitter needs to know about the paper beyond the page itself.</summary>
/// <param name="Mastheads">
/// Names printed at the top of a page as its masthead: the paper's and its sections' names (from
/// the site configuration). Such a line is page furniture, not a headline.
/// </param>
public sealed record SplitterOptions(IReadOnlyList<string> Mastheads)
{
    public static SplitterOptions Default { get; } = new([]);

    /// <summary>The paper's and its sections' names from the site configuration.</summary>
    public static SplitterOptions From(Config.SiteConfig config) =>
        new([.. config.Newspaper.Sections, .. new[] { config.Newspaper.Name }.Where(n => n.Length > 0)]);
}
