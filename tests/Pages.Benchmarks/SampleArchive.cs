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

    /// <summary>Any archive folder (its site.yml and pages), read, split and tagged, for the profiles.</summary>
    public static Archive.LoadedArchive LoadFolder(string input) =>
        Archive.ArchiveLoader.Load([input], ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName)));

    static string FindInput()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pages.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pages.sln not found"), "input");
    }
}
