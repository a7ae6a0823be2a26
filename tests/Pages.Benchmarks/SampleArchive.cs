using Pages.Config;
using Pages.Reading;

namespace Pages.Benchmarks;

/// <summary>The sample archive in input/, found from wherever the benchmark runs.</summary>
internal static class SampleArchive
{
    public static string Input { get; } = FindInput();

    public static IReadOnlyList<PageSource> Pages() =>
        [.. PageFiles.Find([Path.Combine(Input, "pages")], []).Select(f => PageReader.Read(f, out _)!)];

    public static SiteConfig Config() => ConfigLoader.Load(Path.Combine(Input, SiteConfig.FileName));

    /// <summary>
    /// An archive folder's configuration as `pages build` finds it (<see cref="ConfigLoader.Locate"/>,
    /// a full path): the configuration's hash, in every page's cache key, includes where it was
    /// read from, so a profile that read it by another path would find none of the build's entries.
    /// </summary>
    public static SiteConfig ConfigOf(string input) => ConfigLoader.Locate([input]) is { } file ? ConfigLoader.Load(file) : SiteConfig.Empty;

    /// <summary>Any archive folder (its site.yml and pages), read, split and tagged, for the profiles.</summary>
    public static Archive.LoadedArchive LoadFolder(string input) =>
        Archive.ArchiveLoader.Load([input], ConfigOf(input));

    static string FindInput()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pages.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pages.sln not found"), "input");
    }
}
