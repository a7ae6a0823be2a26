using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Pages.Cache;

/// <summary>
/// A published site's files with the hashes of their bytes, as its manifest lists them, each with
/// its number in the list. A rebuild keeps most of them (180,000 at 5,000 pages) and notes each
/// kept one by its number (<see cref="Site.SiteFileDictionary"/>): noted in a concurrent table, an entry
/// made for each, they took a third of a second of processor time in an edit's rebuild.
/// </summary>
public sealed class ListedFileDictionary : IReadOnlyDictionary<string, string>
{
    readonly string[] paths;
    readonly string[] hashes;
    readonly Dictionary<string, int> numbers;

    public ListedFileDictionary(string[] paths, string[] hashes)
    {
        if (paths.Length != hashes.Length)
            throw new ArgumentException("a hash for each path", nameof(hashes));
        (this.paths, this.hashes) = (paths, hashes);
        numbers = new Dictionary<string, int>(paths.Length, StringComparer.Ordinal);
        for (var n = 0; n < paths.Length; n++)
            numbers[paths[n]] = n;
        byChars = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byChars;

    /// <summary>The same files as <paramref name="files"/> (kept as they are when they are already listed).</summary>
    public static ListedFileDictionary Of(IReadOnlyDictionary<string, string> files) =>
        files as ListedFileDictionary ?? new ListedFileDictionary([.. files.Keys], [.. files.Values]);

    /// <summary>The file's number, -1 when it is not listed.</summary>
    public int NumberOf(string path) => numbers.TryGetValue(path, out var n) ? n : -1;

    /// <summary>The file's number, -1 when it is not listed; no string made of the path.</summary>
    public int NumberOf(ReadOnlySpan<char> path) => byChars.TryGetValue(path, out var n) ? n : -1;

    public string PathAt(int number) => paths[number];

    public string HashAt(int number) => hashes[number];

    public int Count => paths.Length;

    public string this[string key] => TryGetValue(key, out var hash) ? hash : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => paths;

    public IEnumerable<string> Values => hashes;

    public bool ContainsKey(string key) => numbers.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var found = numbers.TryGetValue(key, out var n);
        value = found ? hashes[n] : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var n = 0; n < paths.Length; n++)
            yield return new(paths[n], hashes[n]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
