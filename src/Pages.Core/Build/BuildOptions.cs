using Pages.Config;

namespace Pages.Build;

/// <summary>What `pages build` was asked to do.</summary>
/// <param name="Inputs">The input folder (or page files).</param>
/// <param name="Output">The folder the site is published to.</param>
/// <param name="ThemeFolders">Theme folders, the one whose files win first (the user's theme, then the default).</param>
/// <param name="Strict">Any page that cannot be read fails the build.</param>
/// <param name="UseCache">Keep and use the build cache beside the output (output.cache/), so a rebuild redoes only what changed.</param>
/// <param name="Search">How the search index is cut into files (tests cut a small archive into segments); null for the defaults.</param>
public sealed record BuildOptions(
    IReadOnlyList<string> Inputs,
    string Output,
    SiteConfig Config,
    IReadOnlyList<string> ThemeFolders,
    bool Strict = false,
    bool UseCache = true,
    Search.Export.SearchExportOptions? Search = null);
