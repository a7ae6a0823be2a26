using System.Text.Json;
using Pages.Corrections;
using Pages.Reading;

namespace Pages.Cache;

/// <summary>
/// Split and tagged pages by key. A page's key hashes everything its result depends on: its path,
/// the bytes of its text, metadata and corrections files, the configuration and the version of
/// Pages. So an entry is never stale, only unused: entries are written as pages are processed and
/// those no build uses any more are removed after a successful build.
/// </summary>
public sealed class PageCache(string folder)
{
    /// <summary>
    /// The key of a page whose text file holds <paramref name="text"/>, or null when one of its
    /// sidecar files cannot be read (the build then reports it).
    /// </summary>
    public static string? Key(string pageFile, byte[] text, string configHash)
    {
        try
        {
            using var hash = new ContentHash();
            hash.Add(BuildCache.PagesVersion).Add(configHash).Add(pageFile).Add(text)
                .AddOptional(ReadIfExists(PageMetaReader.SidecarOf(pageFile)))
                .AddOptional(ReadIfExists(CorrectionsReader.FileFor(pageFile)));
            return hash.Hex();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static byte[]? ReadIfExists(string file) => File.Exists(file) ? File.ReadAllBytes(file) : null;

    string FileOf(string key) => Path.Combine(folder, key + ".json");

    /// <summary>The page stored under <paramref name="key"/>, or null; an entry that cannot be read is dropped.</summary>
    public CachedPage? TryGet(string key)
    {
        var file = FileOf(key);
        try
        {
            if (!File.Exists(file))
                return null;
            using var stream = File.OpenRead(file);
            var page = JsonSerializer.Deserialize<CachedPage>(stream, CacheJson.Options);
            if (page?.Split?.Articles is not { IsDefault: false } articles || page.Tags.IsDefault || page.Tags.Length != articles.Length)
                throw new JsonException("the entry is incomplete");
            return page;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            File.Delete(file);
            return null;
        }
    }

    public void Put(string key, CachedPage page)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllBytes(FileOf(key), JsonSerializer.SerializeToUtf8Bytes(page, CacheJson.Options));
    }

    /// <summary>Removes every entry but those of <paramref name="keys"/>.</summary>
    public void KeepOnly(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.EnumerateFiles(folder))
            if (!keys.Contains(Path.GetFileNameWithoutExtension(file)))
                File.Delete(file);
    }
}
