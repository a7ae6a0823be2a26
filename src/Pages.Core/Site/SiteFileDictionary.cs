using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Pages.Cache;

namespace Pages.Site;

/// <summary>
/// The new site's files with the hashes of their bytes, as a build notes them (<see cref="StagingFolder.Files"/>):
/// each file written in a concurrent table, each file kept from the published site by a flag at
/// its number in the published list (<see cref="ListedFileDictionary"/>): no table entry for the
/// hundred and eighty thousand files a 5,000-page rebuild keeps.
/// </summary>
public sealed class SiteFileDictionary : IReadOnlyDictionary<string, string>
{
    readonly ConcurrentDictionary<string, string> written = new(StringComparer.Ordinal);
    readonly ListedFileDictionary? published;

    /// <summary>Per published file, whether this build keeps it; set from many threads, only ever to true.</summary>
    readonly bool[] kept;

    /// <param name="published">The published site's files for an update; null for a whole build.</param>
    public SiteFileDictionary(ListedFileDictionary? published) => (this.published, kept) = (published, new bool[published?.Count ?? 0]);

    /// <summary>Notes a file written (or found to be as published) with the hash of its bytes.</summary>
    public void Note(string path, string hash) => written[path] = hash;

    /// <summary>Notes a published file kept as it is; false when the published site has no such file.</summary>
    public bool Keep(ReadOnlySpan<char> path)
    {
        var n = published?.NumberOf(path) ?? -1;
        if (n < 0)
            return false;
        kept[n] = true;
        return true;
    }

    /// <summary>The published files neither kept nor written again: the ones the new site no longer has.</summary>
    public IEnumerable<string> Dropped()
    {
        for (var n = 0; n < kept.Length; n++)
            if (!kept[n] && !written.ContainsKey(published!.PathAt(n)))
                yield return published.PathAt(n);
    }

    public bool IsEmpty => written.IsEmpty && !kept.Contains(true);

    public int Count => written.Count + KeptOnly().Count();

    public string this[string key] => TryGetValue(key, out var hash) ? hash : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(f => f.Key);

    public IEnumerable<string> Values => this.Select(f => f.Value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (written.TryGetValue(key, out value))
            return true;
        var n = published?.NumberOf(key) ?? -1;
        value = n >= 0 && kept[n] ? published!.HashAt(n) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var file in written)
            yield return file;
        foreach (var n in KeptOnly())
            yield return new(published!.PathAt(n), published.HashAt(n));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The numbers of the published files kept and not also written.</summary>
    IEnumerable<int> KeptOnly()
    {
        for (var n = 0; n < kept.Length; n++)
            if (kept[n] && !written.ContainsKey(published!.PathAt(n)))
                yield return n;
    }
}
