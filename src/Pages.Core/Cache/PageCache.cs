using System.Collections.Concurrent;
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

    string FileOf(string key) => Path.Combine(folder, key + Extension);

    /// <summary>An entry's file: <c>{key}.page</c>, in <see cref="PageEntryFormat"/>.</summary>
    const string Extension = ".page";

    readonly ConcurrentQueue<string> damaged = new();

    /// <summary>The entries found damaged (each file and why) and dropped: their pages were split again.</summary>
    public IReadOnlyCollection<string> Damaged => damaged;

    /// <summary>The page stored under <paramref name="key"/>, or null; an entry that cannot be read is dropped and noted in <see cref="Damaged"/>.</summary>
    public CachedPage? TryGet(string key)
    {
        var file = FileOf(key);
        try
        {
            // Asked first rather than caught: a page not in the cache is common (every page of a
            // first build), and an exception costs more than the question.
            return File.Exists(file) ? PageEntryFormat.Read(File.ReadAllBytes(file)) : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            damaged.Enqueue($"{file} ({e.Message})");
            Drop(file);
            return null;
        }
    }

    /// <summary>Removes a damaged entry; one that cannot be removed is written over when its page is stored again.</summary>
    static void Drop(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public void Put(string key, CachedPage page)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllBytes(FileOf(key), PageEntryFormat.Write(page));
    }

    /// <summary>Removes every entry but those of <paramref name="keys"/>.</summary>
    public void KeepOnly(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(folder))
            return;
        // Files of another kind (entries of an older format, a temporary file left by a killed build) go too.
        foreach (var file in Directory.EnumerateFiles(folder))
            if (!file.EndsWith(Extension, StringComparison.Ordinal) || !keys.Contains(Path.GetFileNameWithoutExtension(file)))
                File.Delete(file);
    }
}
