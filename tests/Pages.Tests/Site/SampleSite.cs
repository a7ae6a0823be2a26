using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pages.Build;

namespace Pages.Tests.Site;

/// <summary>The sample archive built once into a temporary folder, shared by the site tests.</summary>
public sealed class SampleSite : IDisposable
{
    public SampleSite()
    {
        Folder = Directory.CreateTempSubdirectory("pages-site-").FullName;
        Output = Path.Combine(Folder, "output");
        Result = SiteBuilder.Build(Options(Output));
        Assert.True(Result.Succeeded, Result.Failure);
    }

    public string Folder { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public static string DefaultTheme => Path.Combine(Repo.Root, "theme");

    public static BuildOptions Options(string output, params string[] userThemes) =>
        new([Repo.InputFolder], output, Repo.SampleConfig, [.. userThemes, DefaultTheme]);

    public IDocument Open(string path)
    {
        var file = Path.Combine(Output, path);
        Assert.True(File.Exists(file), $"{path} was not written");
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(nameof(SampleSite))]
public sealed class SampleSiteGroup : ICollectionFixture<SampleSite>;
