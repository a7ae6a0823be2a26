using System.Text.Json;

namespace Pages.Cache;

/// <summary>
/// The build cache: a folder beside the output (output.cache/ for output/, never inside the
/// input), holding what the last builds computed so the next one redoes only what changed.
/// <list type="bullet">
/// <item><c>cache.json</c>: the cache's format and the version of Pages that wrote it.</item>
/// <item><c>pages/*.pack</c>: split, tagged and checked pages, keyed by their content, a pack per build that split pages (<see cref="PageCache"/>).</item>
/// <item><c>stamps</c>: per page its files' lengths and times when its key was computed (<see cref="PageStamps"/>).</item>
/// <item><c>render.manifest</c>: per output page, the hash of the model it was rendered from (<see cref="RenderManifest"/>).</item>
/// </list>
/// A cache that cannot be read, or was written by another version of Pages, is emptied with a
/// message and the build goes on from scratch: the cache only ever saves time.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Changes whenever what the cache holds changes shape.</summary>
    const int Format = 3;

    const string ManifestFile = "cache.json";

    internal sealed record Manifest(int Format, string Pages);

    BuildCache(string root, string? reset)
    {
        Root = root;
        ResetReason = reset;
        Pages = new PageCache(Path.Combine(root, "pages"));
    }

    /// <summary>The cache folder.</summary>
    public string Root { get; }

    /// <summary>Why the cache was emptied when it was opened, in plain words; null when it was usable or new.</summary>
    public string? ResetReason { get; }

    public PageCache Pages { get; }

    public string RenderManifestFile => Path.Combine(Root, "render.manifest");

    /// <summary>The cache folder of an output folder.</summary>
    public static string FolderOf(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".cache";

    /// <summary>
    /// An identity of this build of Pages: the main assembly's module version id, which a compiler
    /// changes with any change to the code (and keeps for the same code, builds being deterministic).
    /// </summary>
    public static string PagesVersion { get; } = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Opens (or starts) the cache of <paramref name="output"/>; call while holding the output's lock.</summary>
    public static BuildCache Open(string output)
    {
        var root = FolderOf(output);
        var reset = Check(root);
        if (reset is not null)
            Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        if (reset is not null || !File.Exists(Path.Combine(root, ManifestFile)))
            AtomicFile.WriteAllText(Path.Combine(root, ManifestFile), JsonSerializer.Serialize(new Manifest(Format, PagesVersion), CacheJsonContext.Default.Manifest));
        return new BuildCache(root, reset);
    }

    /// <summary>Why an existing cache cannot be used, or null.</summary>
    static string? Check(string root)
    {
        if (!Directory.Exists(root))
            return null;
        var file = Path.Combine(root, ManifestFile);
        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllText(file), CacheJsonContext.Default.Manifest);
            if (manifest is null)
                return $"the build cache {root} has no manifest";
            if (manifest.Format != Format || manifest.Pages != PagesVersion)
                return $"the build cache {root} was made by another version of Pages";
            return null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return $"the build cache {root} could not be read ({e.Message})";
        }
    }
}
