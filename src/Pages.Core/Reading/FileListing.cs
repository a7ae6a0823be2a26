using System.Collections.Concurrent;

namespace Pages.Reading;

/// <summary>
/// The length and last write time of every file in the folders <see cref="PageFiles.Find"/>
/// walked, taken from the walk itself. A rebuild compares each page's three files (.txt, .yml,
/// .fix.yml) with the stamps of its last build (<see cref="Cache.PageStamps"/>); asking the disk
/// about each file was 15,000 calls at 5,000 pages, the walk already has the answers.
/// </summary>
public sealed class FileListing
{
    readonly ConcurrentDictionary<string, (long Length, long Ticks)> files = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, long> walked = new(StringComparer.Ordinal);

    internal void Add(string path, long length, long ticks) => files[path] = (length, ticks);

    /// <summary>Notes that <paramref name="folder"/>'s files were all listed, the walk having started at <paramref name="ticks"/> (UTC).</summary>
    internal void Walked(string folder, long ticks) => walked[Path.TrimEndingDirectorySeparator(folder)] = ticks;

    /// <summary>When the folder holding <paramref name="file"/> was walked (UTC ticks); null when it was not.</summary>
    public long? WalkedAt(string file) =>
        Path.GetDirectoryName(file) is { } folder && walked.TryGetValue(folder, out var ticks) ? ticks : null;

    /// <summary>The file's length and last write time (UTC ticks) as the walk found it; null when it was not there.</summary>
    public (long Length, long Ticks)? Of(string file) => files.TryGetValue(file, out var found) ? found : null;
}
