using System.Security.Cryptography;

namespace Pages.Tests;

/// <summary>A test class's own temporary folder, removed after each test.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder() => Folder = Directory.CreateTempSubdirectory("pages-test-").FullName;

    protected string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Every file under <paramref name="root"/> with a hash of its bytes: two equal maps are byte-identical trees.</summary>
    protected static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
