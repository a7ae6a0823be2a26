using System.Collections.Immutable;
using Pages.Build;

namespace Pages.Cache;

/// <summary>
/// The bytes of the render manifest (<c>render.manifest</c>): its theme, inputs and stamp, then per
/// page its key, per file its hash and per page key its span in the export, in
/// <see cref="EntryWriter"/>'s binary form with its checksum. Every rebuild reads it whole (a
/// hundred thousand entries at 5,000 pages); as JSON that took a few tenths of a second, and its
/// stamp had to be computed again to be checked. Hashes (64 or 32 hex digits: SHA-256 or XxHash128)
/// are kept as their bytes; paths, which do not repeat, as their code units without the numbering
/// of strings met before (numbering 150,000 paths cost a fifth of a second for nothing).
/// </summary>
internal static class ManifestFormat
{
    const uint Magic = 0x444E4552; // "REND"
    const int Version = 6; // 5: files known by XxHash128 (FileHash), not SHA-256; 6: paths in UTF-8

    public static ReadOnlyMemory<byte> Write(RenderManifest manifest)
    {
        // The files taken once, in one copy: the staging folder's table is concurrent, and walked
        // twice it cost more than its copy (180,000 entries at 5,000 pages).
        var files = manifest.FileList;
        var w = EntryWriter.OfSize(Size(manifest, files));
        w.String(manifest.Theme);
        w.OptionalString(manifest.Inputs);
        w.Hash(manifest.Stamp());
        Pairs(w, manifest.Keys);
        Pairs(w, files);
        w.Int(manifest.ExportSpans.Count);
        foreach (var (key, span) in manifest.ExportSpans)
        {
            w.Hash(key);
            w.String(span.File);
            w.Long(span.Offset);
            w.Int(span.Length);
        }
        return w.Finish(Magic, Version);
    }

    /// <summary>About how many bytes <see cref="Write"/> writes (a path's characters, all ASCII as a site's paths are, a hash's bytes, their lengths).</summary>
    static long Size(RenderManifest manifest, KeyValuePair<string, string>[] files)
    {
        var size = 1024L + manifest.ExportSpans.Count * 80L;
        foreach (var pairs in new IReadOnlyCollection<KeyValuePair<string, string>>[] { manifest.Keys, files })
            foreach (var (path, hash) in pairs)
                size += path.Length + hash.Length / 2 + 4;
        return size;
    }

    /// <summary>The manifest in <paramref name="bytes"/> and the stamp it was saved with; <see cref="InvalidDataException"/> when they are not a whole, sound manifest.</summary>
    public static (RenderManifest Manifest, string Stamp) Read(ReadOnlySpan<byte> bytes)
    {
        var r = new EntryReader(EntryWriter.Payload(bytes, Magic, Version));
        var (theme, inputs, stamp) = (r.String(), r.OptionalString(), r.Hash());
        var keys = Pairs(ref r);
        var files = Listed(ref r);
        var count = r.Int();
        var spans = new Dictionary<string, ExportSpan>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            spans[r.Hash()] = new ExportSpan(r.String(), r.Long(), r.Int());
        if (!r.AtEnd)
            throw new InvalidDataException("it has bytes after its end");
        return (new RenderManifest(theme, inputs, keys, files) { ExportSpans = spans }, stamp);
    }

    static void Pairs(EntryWriter w, IReadOnlyCollection<KeyValuePair<string, string>> pairs)
    {
        w.Int(pairs.Count);
        foreach (var (path, hash) in pairs)
        {
            w.Utf8String(path);
            w.Hash(hash);
        }
    }

    /// <summary>The site's files, numbered (<see cref="ListedFileDictionary"/>).</summary>
    static ListedFileDictionary Listed(ref EntryReader r)
    {
        var count = Math.Max(0, r.Int());
        var (paths, hashes) = (new string[count], new string[count]);
        for (var i = 0; i < count; i++)
            (paths[i], hashes[i]) = (r.Utf8String(), r.Hash());
        return new ListedFileDictionary(paths, hashes);
    }

    static Dictionary<string, string> Pairs(ref EntryReader r)
    {
        var count = r.Int();
        var pairs = new Dictionary<string, string>(Math.Max(0, count), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            pairs[r.Utf8String()] = r.Hash();
        return pairs;
    }
}
