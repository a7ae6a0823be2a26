using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
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
/// <param name="Files">Every file of the site but the stamp, with the hash of its bytes.</param>
public sealed record RenderManifest(string Theme, string? Inputs, Dictionary<string, string> Keys, IReadOnlyDictionary<string, string> Files)
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

    /// <summary>The files, copied once from <see cref="Files"/> for the stamp and the manifest's bytes.</summary>
    internal KeyValuePair<string, string>[] FileList => fileList ??= [.. Files];

    KeyValuePair<string, string>[]? fileList;

    /// <summary>Made once: the render stage writes it into the output, and the manifest is saved with it (each a sort and hash of a hundred thousand paths).</summary>
    string? stamp;

    string MakeStamp()
    {
        // Only what the output is: two builds of the same site, with or without a cache, write the
        // same stamp. The pages' keys are left out: a build with the cache keys articles by their
        // sources, one without by their views (RenderSources), and either set of keys is true of
        // the same files. The files are summed as a set, each (path, hash) hashed on its own and
        // the hashes added, so the order the dictionary keeps does not matter and nothing is
        // sorted: sorting 140,000 paths and hashing them in order took 150-180 ms of a 5,000-page
        // rebuild, on its one thread (manifest-profile, 2026-11-24); the sum takes a few.
        // Summed in parallel over one copy of the table (the staging folder's, concurrent): this
        // runs on the critical path, once the index is written.
        var files = FileList;
        var sum = UInt128.Zero;
        var gate = new Lock();
        Parallel.For(0, (files.Length + 16383) / 16384, () => UInt128.Zero, (chunk, _, part) =>
        {
            for (var i = chunk * 16384; i < Math.Min(files.Length, (chunk + 1) * 16384); i++)
                part += FileHash(files[i].Key, files[i].Value);
            return part;
        }, part =>
        {
            lock (gate)
                sum += part;
        });
        using var stamp = new ContentHash();
        stamp.Add(Theme);
        stamp.Add("files");
        stamp.Add(files.Length.ToString(CultureInfo.InvariantCulture));
        stamp.Add(sum.ToString("x32", CultureInfo.InvariantCulture));
        return stamp.Hex();
    }

    /// <summary>A file's part of the stamp: its path's code units hashed with its content hash's as the seed.</summary>
    static UInt128 FileHash(string path, string hash) =>
        XxHash128.HashToUInt128(MemoryMarshal.AsBytes(path.AsSpan()), (long)XxHash64.HashToUInt64(MemoryMarshal.AsBytes(hash.AsSpan())));

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
            // Read through a mapping of the file (15 MB at 5,000 pages), not into fresh memory: the
            // manifest is made of strings copied out of it.
            using var handle = File.OpenHandle(cache.RenderManifestFile);
            var length = RandomAccess.GetLength(handle);
            if (length is 0 or > int.MaxValue)
                return null;
            using var mapped = MappedFile.Open(handle, (int)length);
            var (manifest, stamp) = ManifestFormat.Read(mapped.GetSpan());
            return stamp == File.ReadAllText(stampFile).Trim() ? manifest : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The manifest's bytes, to be saved by <see cref="Save"/>: the build makes them while it publishes the site.</summary>
    public ReadOnlyMemory<byte> Bytes() => ManifestFormat.Write(this);

    public static void Save(BuildCache cache, ReadOnlyMemory<byte> bytes) => AtomicFile.WriteAllBytes(cache.RenderManifestFile, bytes.Span);
}
