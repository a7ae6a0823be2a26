using Pages.Site;
using Pages.Site.Theming;

namespace Pages.Cache;

/// <summary>
/// What the published site was made of: per page, the hash of the model it was rendered from
/// (<see cref="KeyOf"/>); per file, the hash of its bytes; and the theme. A page whose key is
/// unchanged has the same bytes as before, so the next build keeps the published file instead of
/// rendering it again, and a file whose bytes hash the same is not written again.
/// <para>
/// The manifest describes one published output: its hash (the stamp) is written into the output
/// as <see cref="StampFile"/>, and a manifest whose stamp the output does not carry (a build killed
/// between publishing and saving the manifest, an output replaced by hand) is not used.
/// </para>
/// </summary>
/// <param name="Inputs">The hash of what the archive was made from (<see cref="ArchiveInputs"/>), or null when not every page could be cached.</param>
public sealed record RenderManifest(string Theme, string? Inputs, Dictionary<string, string> Keys, Dictionary<string, string> Files)
{
    /// <summary>
    /// Where each page's JSON stands in the published export, by the page's cache key
    /// (<see cref="Build.ArchiveExport"/>); not part of the stamp, as a build without a cache has no keys.
    /// </summary>
    public Dictionary<string, Build.ExportSpan> ExportSpans { get; init; } = [];

    /// <summary>The stamp's file in the output: it names the manifest the output was made with.</summary>
    public const string StampFile = ".pages-build";

    /// <summary>A hash of the theme and every (file, hash of its bytes), in ordinal order whatever order the dictionary keeps.</summary>
    public string Stamp() => stamp ??= MakeStamp();

    /// <summary>Made once: the render stage writes it into the output, and the manifest is saved with it (each a sort and hash of a hundred thousand paths).</summary>
    string? stamp;

    string MakeStamp()
    {
        using var hash = new ContentHash();
        // Only what the output is: two builds of the same site, with or without a cache, write the
        // same stamp. The pages' keys are left out: a build with the cache keys articles by their
        // sources, one without by their views (RenderSources), and either set of keys is true of
        // the same files.
        hash.Add(Theme);
        hash.Add("files");
        foreach (var path in Sorted(Files.Keys))
            hash.Add(path).Add(Files[path]);
        return hash.Hex();
    }

    /// <summary>Paths in ordinal order (an array sort: a hundred thousand of them, once per build and per save).</summary>
    static string[] Sorted(IEnumerable<string> paths)
    {
        var sorted = paths.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The key of a page: its template, view and layout, hashed (<see cref="ViewHash"/>).</summary>
    public static string KeyOf(RenderModel model) => Convert.ToHexStringLower(ViewHash.Of(model.Template, model.View, model.Layout));

    /// <summary>
    /// A hash of every file of the theme's folders (relative path and bytes), in the order they
    /// override each other: the same theme copied elsewhere hashes the same.
    /// </summary>
    public static string ThemeHash(Theme theme)
    {
        using var hash = new ContentHash();
        hash.Add(BuildCache.PagesVersion);
        foreach (var folder in theme.Folders)
        {
            hash.Add("folder");
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
                hash.Add(Path.GetRelativePath(folder, file)).Add(File.ReadAllBytes(file));
        }
        return hash.Hex();
    }

    /// <summary>The manifest of the site published in <paramref name="output"/>, or null when there is none it can be trusted for.</summary>
    public static RenderManifest? Load(BuildCache cache, string output)
    {
        try
        {
            var stampFile = Path.Combine(output, StampFile);
            if (!File.Exists(cache.RenderManifestFile) || !File.Exists(stampFile))
                return null;
            // The stamp saved with the manifest is the one it had (its checksum says it is whole).
            var (manifest, stamp) = ManifestFormat.Read(File.ReadAllBytes(cache.RenderManifestFile));
            return stamp == File.ReadAllText(stampFile).Trim() ? manifest : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The manifest's bytes, to be saved by <see cref="Save"/>: the build makes them while it publishes the site.</summary>
    public byte[] Bytes() => ManifestFormat.Write(this);

    public static void Save(BuildCache cache, byte[] bytes) => AtomicFile.WriteAllBytes(cache.RenderManifestFile, bytes);
}
