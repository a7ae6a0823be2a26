using System.Collections.Concurrent;
using System.IO.Hashing;
using Pages.Corrections;
using Pages.Reading;

namespace Pages.Cache;

/// <summary>
/// The quick check make, git and rsync use: per page, the length and last write time of its text,
/// metadata and corrections files when its cache key was last computed, with that key. A page whose
/// three files still look so keeps its key without being read and hashed again (at 5,000 pages,
/// reading and hashing every page's text was most of a one-page rebuild's read stage).
/// <para>
/// A stamp is taken before the files are read and kept only if every file was last written at least
/// <see cref="Settled"/> before: a file written again afterwards then has a later time, even on a
/// file system that keeps times to two seconds (FAT32, a USB stick). What the check cannot see is a
/// file replaced by one of the same length with its old time put back (`touch -d`, `cp -p`): `pages
/// build --no-cache` reads everything. The text's own hash is kept too, so the text read later, if a
/// page is rendered, is checked to be the text the key was made from (<see cref="DeferredText"/>).
/// </para>
/// <para>
/// <c>stamps</c> in the cache folder, <see cref="EntryWriter"/>'s form with its checksum, for one
/// configuration and version of Pages (a key depends on both): for another, every page is read.
/// </para>
/// </summary>
public sealed class PageStamps
{
    const uint Magic = 0x504D5453; // "STMP"
    const int Version = 2;

    /// <summary>How long before its stamp was taken a file must have been last written for the stamp to be kept.</summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    /// <summary>One file's length and last write time (UTC ticks); length -1 when there is no such file.</summary>
    public readonly record struct FileStamp(long Length, long Ticks)
    {
        public static FileStamp Of(string file)
        {
            var info = new FileInfo(file);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : new FileStamp(-1, 0);
        }
    }

    /// <summary>A page's three files as found, and when they were looked at.</summary>
    public readonly record struct Look(FileStamp Text, FileStamp Meta, FileStamp Fixes, long At)
    {
        /// <param name="listing">The files of the page's folder as the search for pages found them, when it did (else each file is asked about).</param>
        public static Look Of(string pageFile, FileListing? listing = null)
        {
            var (meta, fixes) = (PageMetaReader.SidecarOf(pageFile), CorrectionsReader.FileFor(pageFile));
            if (listing?.WalkedAt(pageFile) is { } walked)
                return new(Listed(listing, pageFile), Listed(listing, meta), Listed(listing, fixes), walked);
            return new(FileStamp.Of(pageFile), FileStamp.Of(meta), FileStamp.Of(fixes), DateTime.UtcNow.Ticks);
        }

        static FileStamp Listed(FileListing listing, string file) =>
            listing.Of(file) is var (length, ticks) ? new FileStamp(length, ticks) : new FileStamp(-1, 0);

        /// <summary>Every file was last written long enough before it was looked at (a later write cannot share its time).</summary>
        public bool IsSettled
        {
            get
            {
                var before = At - Settled.Ticks;
                return Text.Ticks < before && Meta.Ticks < before && Fixes.Ticks < before;
            }
        }
    }

    /// <summary>A page's key and the hash of its text's bytes, for the files as <see cref="Look"/> found them.</summary>
    public sealed record Stamp(Look Files, string Key, string TextHash);

    /// <summary>The hash of a page's text as stamps keep it (XxHash128 in hex).</summary>
    public static string TextHashOf(ReadOnlySpan<byte> text) => Convert.ToHexStringLower(XxHash128.Hash(text));

    /// <summary>
    /// The page <paramref name="stamp"/> stands for, its text read only if asked for: a rendered
    /// printed page shows it. The text read must be the one the key was made from; if it is not (the
    /// page changed during the build, or was changed with its old time put back), the build stops
    /// naming the page, and the stamps are deleted so that the next build reads every page.
    /// </summary>
    public PageSource Deferred(string pageFile, Stamp stamp) => PageSource.Deferred(pageFile, () =>
    {
        var bytes = File.ReadAllBytes(pageFile);
        if (TextHashOf(bytes) != stamp.TextHash)
        {
            File.Delete(file);
            throw new IOException($"{pageFile} changed after this build looked at it, or was changed with its old time put back: build again (the next build reads every page)");
        }
        var decoded = TextDecoding.Decode(bytes);
        return decoded.Text is null
            ? throw new IOException($"{pageFile} could not be read: {decoded.Error}")
            : (decoded.Text, decoded.Encoding!);
    });

    readonly string file;
    readonly string owner;
    readonly ConcurrentDictionary<string, Stamp> stamps;

    readonly Files.FullPaths fullPaths = new();

    PageStamps(string file, string owner, ConcurrentDictionary<string, Stamp> stamps) =>
        (this.file, this.owner, this.stamps) = (file, owner, stamps);

    /// <summary>The stamps in <paramref name="cacheRoot"/> for pages keyed with <paramref name="configHash"/>; none when there are none, or they were taken for another configuration or version, or cannot be read.</summary>
    public static PageStamps Load(string cacheRoot, string configHash)
    {
        var file = Path.Combine(cacheRoot, "stamps");
        var owner = BuildCache.PagesVersion + " " + configHash;
        var stamps = new ConcurrentDictionary<string, Stamp>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(file))
                Read(File.ReadAllBytes(file), owner, stamps);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stamps.Clear();
        }
        return new PageStamps(file, owner, stamps);
    }

    /// <summary>The page's key if its files still look as when it was stamped.</summary>
    public Stamp? Find(string pageFile, Look now) =>
        stamps.TryGetValue(fullPaths.Of(pageFile), out var stamp) && stamp.Files with { At = 0 } == now with { At = 0 } ? stamp : null;

    /// <summary>Keeps a page's key for the files as <paramref name="look"/> found them before they were read, if they had settled then.</summary>
    public void Record(string pageFile, Look look, string key, ReadOnlySpan<byte> text)
    {
        // By full path, as the key (PageCache.Key): the input named another way finds its stamps.
        if (look.IsSettled)
            stamps[fullPaths.Of(pageFile)] = new Stamp(look, key, TextHashOf(text));
        else
            stamps.TryRemove(fullPaths.Of(pageFile), out _);
    }

    /// <summary>Writes the stamps of <paramref name="pages"/> (the others' pages are gone).</summary>
    public void Save(IReadOnlySet<string> pages)
    {
        var w = new EntryWriter();
        w.String(owner);
        var full = pages.Select(fullPaths.Of).ToHashSet(StringComparer.Ordinal);
        var kept = stamps.Where(s => full.Contains(s.Key)).ToList();
        w.Int(kept.Count);
        foreach (var (page, stamp) in kept)
        {
            w.String(page);
            foreach (var f in new[] { stamp.Files.Text, stamp.Files.Meta, stamp.Files.Fixes })
            {
                w.Long(f.Length);
                w.Long(f.Ticks);
            }
            w.Long(stamp.Files.At);
            w.Hash(stamp.Key);
            w.Hash(stamp.TextHash);
        }
        AtomicFile.WriteAllBytes(file, w.ToArray(Magic, Version));
    }

    static void Read(ReadOnlySpan<byte> bytes, string owner, ConcurrentDictionary<string, Stamp> into)
    {
        var r = new EntryReader(EntryWriter.Payload(bytes, Magic, Version));
        if (r.String() != owner)
            return;
        var count = r.Int();
        for (var i = 0; i < count; i++)
        {
            var page = r.String();
            var (text, meta, fixes) = (FileOf(ref r), FileOf(ref r), FileOf(ref r));
            var look = new Look(text, meta, fixes, r.Long());
            var key = r.Hash();
            into[page] = new Stamp(look, key, r.Hash());
        }
        if (!r.AtEnd)
            throw new InvalidDataException("it has bytes after its end");

        static FileStamp FileOf(ref EntryReader r) => new(r.Long(), r.Long());
    }
}
