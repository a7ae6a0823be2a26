namespace Pages.Search.Tests;

/// <summary>Tests that export an archive of their own: each test gets a fresh folder for it, deleted after.</summary>
public abstract class MadeSiteTests(string prefix) : IDisposable
{
    /// <summary>Where the test's index is exported.</summary>
    protected string Site { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Directory.Delete(Site, recursive: true);
        GC.SuppressFinalize(this);
    }
}
