using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Pages.Cache;

namespace Pages.Search.Export;

/// <summary>
/// The search export's part of the build cache (output.cache/search/): per segment of the last
/// export (<see cref="SearchSegments"/>) its <see cref="ExportState"/> in state.bin (the newest) or
/// state-a.bin (<see cref="ExportStateFormat"/>), and every document's searchable text in
/// texts/{n}.json (<see cref="ChunkSize"/> documents a file, numbered in the archive), which an
/// update reads to know which terms a changed document held before. A segment's state is removed
/// before anything else about it is written and saved last, so a build stopped half way leaves
/// no state for it, and the next build exports it whole.
/// </summary>
public sealed class ExportCache(string cacheRoot)
{
    const int ChunkSize = 512;

    readonly string folder = Path.Combine(cacheRoot, "search");
    readonly ConcurrentDictionary<int, Lazy<string[][]?>> chunks = new();

    /// <summary>The state file of the segment with key <paramref name="key"/> ("" or "a/": letters only).</summary>
    string StateFile(string key) => Path.Combine(folder, key.Length == 0 ? "state.bin" : $"state-{key.TrimEnd('/')}.bin");

    IEnumerable<string> StateFiles() => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "state*.bin") : [];

    string Chunk(int chunk) => Path.Combine(folder, "texts", $"{chunk}.json");

    /// <summary>The last export's segments' states that can be read, oldest first.</summary>
    public IReadOnlyList<ExportState> Load()
    {
        var states = new List<ExportState>();
        foreach (var file in StateFiles())
        {
            try
            {
                var state = ExportStateFormat.Read(File.ReadAllBytes(file));
                if (StateFile(state.Key) == file)
                    states.Add(state);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // Not a state: its segment is exported whole.
            }
        }
        return [.. states.OrderBy(s => s.Start)];
    }

    /// <summary>An old document's field texts, from the texts saved with the state; null when unknown.</summary>
    public string[]? OldText(int doc)
    {
        var chunk = chunks.GetOrAdd(doc / ChunkSize, c => new Lazy<string[][]?>(() => ReadChunk(c))).Value;
        return chunk is not null && doc % ChunkSize < chunk.Length && chunk[doc % ChunkSize] is { Length: 4 } text ? text : null;
    }

    string[][]? ReadChunk(int chunk)
    {
        try
        {
            return JsonSerializer.Deserialize<string[][]>(File.ReadAllBytes(Chunk(chunk)), CacheJson.Options);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Forgets every segment's state, before the index is written anew.</summary>
    public void Forget()
    {
        foreach (var file in StateFiles().ToList())
            File.Delete(file);
    }

    /// <summary>
    /// Saves the states of an update or export that wrote <paramref name="docs"/>: the states of the
    /// segments it did not keep (<paramref name="work"/>) are forgotten, the texts of the documents
    /// numbered <paramref name="changed"/> and of the segments exported whole (all of them when
    /// null) written, then those states. A
    /// cache that cannot be written (a full disk, a file size limit) is left without those
    /// states: the next build exports their segments whole, and this one goes on.
    /// </summary>
    public void Save(IReadOnlyList<ExportState> states, IReadOnlyList<SegmentWork> work, IReadOnlyList<SearchDocument?> docs, IEnumerable<int>? changed) =>
        Saving(() => Write(states, work, docs, changed));

    /// <summary>Saves a state whose documents' texts are the ones saved already.</summary>
    public void Save(ExportState state) =>
        Saving(() => AtomicFile.WriteAllBytes(StateFile(state.Key), ExportStateFormat.Write(state).Span));

    void Saving(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (Files.FileFailure.IsFileFault(e) || e is AggregateException a && a.InnerExceptions.All(Files.FileFailure.IsFileFault))
        {
            try
            {
                Forget();
            }
            catch (Exception again) when (Files.FileFailure.IsFileFault(again))
            {
                // The old states stay; they describe the old site, not the one this build publishes, so they are not used.
            }
        }
    }

    void Write(IReadOnlyList<ExportState> states, IReadOnlyList<SegmentWork> work, IReadOnlyList<SearchDocument?> docs, IEnumerable<int>? changed)
    {
        var kept = states.Where((_, s) => work[s] == SegmentWork.Kept).Select(s => StateFile(s.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in StateFiles().Where(f => !kept.Contains(f)).ToList())
            File.Delete(file);
        Directory.CreateDirectory(Path.Combine(folder, "texts"));
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        var last = (docs.Count + ChunkSize - 1) / ChunkSize;
        // A segment exported whole has its texts written whole too: a text missing from the cache would make every update of it give way.
        var exported = states.Where((_, s) => work[s] == SegmentWork.Exported).SelectMany(s => Enumerable.Range(s.Start, s.Hashes.Length));
        var rewrite = changed is null ? [.. Enumerable.Range(0, last)] : changed.Concat(exported).Select(d => d / ChunkSize).Where(c => c < last).Distinct().ToArray();
        Parallel.ForEach(rewrite, c => AtomicFile.WriteAllBytes(Chunk(c), JsonSerializer.SerializeToUtf8Bytes(
            docs.Skip(c * ChunkSize).Take(ChunkSize).Select(d => d is null ? null : names.Select(d.Field).ToArray()).ToArray(), CacheJson.Options)));
        foreach (var stale in Directory.EnumerateFiles(Path.Combine(folder, "texts")))
            if (!int.TryParse(Path.GetFileNameWithoutExtension(stale), out var c) || c >= last)
                File.Delete(stale);
        for (var s = 0; s < states.Count; s++)
            if (work[s] != SegmentWork.Kept)
                AtomicFile.WriteAllBytes(StateFile(states[s].Key), ExportStateFormat.Write(states[s]).Span);
    }

    /// <summary>
    /// Per segment of a site's search/ that has files, a digest of them (path and hash of each), to
    /// tell whether a state describes it: each file's XxHash128 of path and hash, summed, so no
    /// sorting of a hundred thousand paths is needed. One pass over the site's files for every
    /// segment (a hundred and eighty thousand at 5,000 pages: a pass per segment cost a tenth of a
    /// second more).
    /// </summary>
    public static Dictionary<string, string> Digests(IReadOnlyDictionary<string, string> files)
    {
        var sums = new Dictionary<string, (ulong Low, ulong High, int Count)>(StringComparer.Ordinal);
        var buffer = new byte[512];
        foreach (var (path, hash) in files)
        {
            if (!path.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal) || !path.EndsWith(".js", StringComparison.Ordinal)
                || SearchSegments.Owner(SearchShards.KeySpan(path)) is not { } segment)
                continue;
            var length = (path.Length + 1 + hash.Length) * 2;
            if (length > buffer.Length)
                buffer = new byte[length];
            // The path's and the hash's UTF-16 code units with a separator, hashed without making a string of them.
            MemoryMarshal.AsBytes(path.AsSpan()).CopyTo(buffer);
            buffer[path.Length * 2] = buffer[path.Length * 2 + 1] = 0;
            MemoryMarshal.AsBytes(hash.AsSpan()).CopyTo(buffer.AsSpan((path.Length + 1) * 2));
            var h = XxHash128.HashToUInt128(buffer.AsSpan(0, length));
            var (low, high, count) = sums.GetValueOrDefault(segment);
            sums[segment] = (low + (ulong)h, high + (ulong)(h >> 64), count + 1);
        }
        return sums.ToDictionary(p => p.Key, p => Text(p.Value.Low, p.Value.High, p.Value.Count), StringComparer.Ordinal);
    }

    /// <summary>The digest of a segment without files.</summary>
    public static readonly string NoFiles = Text(0, 0, 0);

    static string Text(ulong low, ulong high, int count) => $"{count}-{high:x16}{low:x16}";
}
