using Pages.Archive;
using Pages.Config;
using Pages.Model;
using Pages.Reading;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Tests;

/// <summary>Where things are in the repository, and the sample archive read the way the product reads it.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string InputFolder => Path.Combine(Root, "input");

    public static string PagesFolder => Path.Combine(InputFolder, "pages");

    public static IReadOnlyList<string> SamplePages =>
        [.. Directory.GetFiles(PagesFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    public static SiteConfig SampleConfig { get; } = ConfigLoader.Load(Path.Combine(InputFolder, SiteConfig.FileName));

    public static SplitterOptions SampleOptions { get; } = SplitterOptions.From(SampleConfig);

    /// <summary>A sample page as read from input/pages, named by a path relative to the repository.</summary>
    public static PageSource ReadSample(string name)
    {
        var source = PageReader.Read(Path.Combine(PagesFolder, name + ".txt"), out var problem);
        Assert.Null(problem);
        return new PageSource(source!.Name, $"input/pages/{name}.txt", source.Text, source.Encoding);
    }

    public static SplitPage SplitSample(string name) => PageSplitter.Split(ReadSample(name), SampleOptions);

    /// <summary>A sample page split and tagged, as `pages split --json` does it.</summary>
    public static LoadedPage LoadSample(string name) =>
        ArchiveLoader.Process(ReadSample(name), PageMeta.Unknown, SampleOptions, new ArticleTagger(SampleConfig));

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pages.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pages.sln not found above the test's folder");
    }
}

/// <summary>Splits made-up pages written inline in tests.</summary>
internal static class Made
{
    /// <summary>The masthead the made-up pages use.</summary>
    public const string Masthead = "某某区新闻";

    public static SplitterOptions Options { get; } = new([Masthead]);

    public static SplitPage Split(string text)
    {
        var source = PageSource.FromText("made", text);
        var split = PageSplitter.Split(source, Options);
        Assert.Null(Conservation.FindViolation(source.Text, split));
        return split;
    }
}
