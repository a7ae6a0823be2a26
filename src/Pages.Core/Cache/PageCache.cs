using System.Collections.Concurrent;
using Pages.Corrections;
using Pages.Reading;

namespace Pages.Cache;

/// <summary>
/// Split and tagged pages by key. A page's key hashes everything its result depends on: its path,
/// the bytes of its text, metadata and corrections files, the configuration and the version of
/// Pages. So an entry is never stale, only unused: entries are written as pages are processed and
/// those no build uses any more are removed after a successful build. Entries are kept in packs
/// (<see cref="PagePack"/>): each build writes the entries it makes into one pack of its own.
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
            // The full path, not the path as given: `pages build input` and `pages build /…/input`
            // read the same pages, and a key from the spelling split and rendered every page again.
            hash.Add(BuildCache.PagesVersion).Add(configHash).Add(Path.GetFullPath(pageFile)).Add(text)
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

    /// <summary>The packs of earlier builds, opened at the first look-up; packs that cannot be read are noted in <see cref="Damaged"/> and left out.</summary>
    List<PagePack> Packs
    {
        get
        {
            lock (gate)
                return packs ??= OpenPacks();
        }
    }

    List<PagePack> OpenPacks()
    {
        var found = new List<PagePack>();
        if (!Directory.Exists(folder))
            return found;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + PagePack.Extension).Order(StringComparer.Ordinal))
            try
            {
                found.Add(PagePack.Open(file));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                damaged.Enqueue($"{file} ({e.Message})");
            }
        return found;
    }

    readonly Lock gate = new();
    List<PagePack>? packs;
    PagePack.Writer? writer;

    /// <summary>This build's pack, once closed.</summary>
    string? finished;

    readonly ConcurrentQueue<string> damaged = new();

    /// <summary>Keys whose entry was found damaged: their pages were split again, and the entries are not kept.</summary>
    readonly ConcurrentDictionary<string, bool> dropped = new(StringComparer.Ordinal);

    /// <summary>The entries found damaged (each file and why) and dropped: their pages were split again.</summary>
    public IReadOnlyCollection<string> Damaged => damaged;

    /// <summary>
    /// Opens and maps the packs in the background and touches their pages, while the build looks at
    /// its input: the read stage asks for nearly every entry, and would otherwise take the
    /// mapping's page faults itself (57 MB at 5,000 pages). A pack that cannot be read is left for
    /// the look-ups to report.
    /// </summary>
    public void ReadAhead() => Task.Run(() =>
    {
        try
        {
            foreach (var pack in Packs)
                pack.ReadAhead();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
        }
    });

    /// <summary>The page stored under <paramref name="key"/>, or null; an entry that cannot be read is dropped and noted in <see cref="Damaged"/>.</summary>
    public CachedPage? TryGet(string key)
    {
        foreach (var pack in Packs)
        {
            if (!pack.Index.TryGetValue(key, out var slot) || dropped.ContainsKey(key))
                continue;
            try
            {
                return PageEntryFormat.Read(pack.Read(slot));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                damaged.Enqueue($"{pack.File}, entry {key} ({e.Message})");
                dropped[key] = true;
                return null;
            }
        }
        return null;
    }

    /// <summary>Stores a page in this build's own pack (closed by <see cref="KeepOnly"/>).</summary>
    public void Put(string key, CachedPage page)
    {
        var bytes = PageEntryFormat.Write(page);
        PagePack.Writer current;
        lock (gate)
        {
            if (writer is null)
            {
                Directory.CreateDirectory(folder);
                writer = new PagePack.Writer(NewPackFile());
            }
            current = writer;
        }
        current.Add(key, bytes);
    }

    /// <summary>Closes this build's pack, if it has one, so a later build can read it; a pack that cannot be closed is left to be reported and removed then.</summary>
    public void Finish()
    {
        lock (gate)
            try
            {
                if (writer is not null && writer.Finish())
                    finished = writer.File;
            }
            catch (Exception e) when (Files.FileFailure.IsFileFault(e))
            {
            }
            finally
            {
                writer = null;
            }
    }

    /// <summary>
    /// After a successful build: closes this build's pack and keeps only the entries of
    /// <paramref name="keys"/>. Packs are merged into one when there are more than
    /// <see cref="MostPacks"/> or a third of their entries are no longer used, so a build reads a
    /// few files whatever the number of builds before it; a pack none of whose entries is used goes,
    /// and so do packs that could not be read and files of any other kind.
    /// </summary>
    public void KeepOnly(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(folder))
            return;
        Finish();
        // The packs this build read are open already; only its own is opened (when it read none, all are).
        List<PagePack> all;
        lock (gate)
        {
            all = packs ?? OpenPacks();
            if (packs is not null && finished is not null)
                all.Add(PagePack.Open(finished));
            packs = null;
        }
        var live = all.Select(p => p.Index.Keys.Count(k => keys.Contains(k) && !dropped.ContainsKey(k))).ToArray();
        var total = all.Sum(p => p.Index.Count);
        var kept = new HashSet<string>(all.Select(p => p.File), StringComparer.Ordinal);
        // A pack with a damaged entry is written again too, so that no later build meets the damage.
        if (all.Count > MostPacks || (total - live.Sum()) * 3 > total || all.Any(p => p.Index.Keys.Any(dropped.ContainsKey)))
        {
            kept.Clear();
            if (Merge(all, keys) is { } merged)
                kept.Add(merged);
        }
        else
            for (var i = 0; i < all.Count; i++)
                if (live[i] == 0)
                    kept.Remove(all[i].File);
        all.ForEach(p => p.Close());
        // Files of another kind (entries of an older layout, a pack a stopped build left open) go too.
        foreach (var file in Directory.EnumerateFiles(folder))
            if (!kept.Contains(file))
                File.Delete(file);
    }

    /// <summary>How many packs may pile up (one per build that split pages) before they are merged.</summary>
    const int MostPacks = 4;

    /// <summary>Writes every used entry of <paramref name="all"/> into one new pack: its file, or null when none is used.</summary>
    string? Merge(List<PagePack> all, IReadOnlySet<string> keys)
    {
        var merged = new PagePack.Writer(NewPackFile());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in all)
            foreach (var (key, slot) in pack.Index.OrderBy(p => p.Value.Offset))
                if (keys.Contains(key) && !dropped.ContainsKey(key) && seen.Add(key))
                    merged.Add(key, pack.Read(slot).Span);
        return merged.Finish() ? merged.File : null;
    }

    /// <summary>A new pack's name: when it was begun, then a random part (two builds never share a cache, but a stopped one leaves its pack).</summary>
    string NewPackFile() => Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}{PagePack.Extension}");
}
