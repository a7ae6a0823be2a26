using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Pages.Cache;

namespace Pages.Search.Export;

/// <summary>
/// The search export's part of the build cache (output.cache/search/): the last export's
/// <see cref="ExportState"/> in state.bin (<see cref="ExportStateFormat"/>), and every document's searchable text in texts/{n}.json
/// (<see cref="ChunkSize"/> documents a file), which an update reads to know which terms a changed
/// document held before. The state is removed before anything else is written and saved last, so
/// a build stopped half way leaves no state, and the next build exports everything.
/// </summary>
public sealed class ExportCache(string cacheRoot)
{
    const int ChunkSize = 512;

    readonly string folder = Path.Combine(cacheRoot, "search");
    readonly ConcurrentDictionary<int, Lazy<string[][]?>> chunks = new();

    string StateFile => Path.Combine(folder, "state.bin");

    string Chunk(int chunk) => Path.Combine(folder, "texts", $"{chunk}.json");

    /// <summary>The last export's state, or null when there is none or it cannot be read.</summary>
    public ExportState? Load()
    {
        try
        {
            return File.Exists(StateFile) ? ExportStateFormat.Read(File.ReadAllBytes(StateFile)) : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
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

    /// <summary>Forgets the state, before the index is written anew.</summary>
    public void Forget()
    {
        if (File.Exists(StateFile))
            File.Delete(StateFile);
    }

    /// <summary>
    /// Saves the state of an export that wrote <paramref name="docs"/>: the texts of the documents
    /// numbered <paramref name="changed"/> (all of them when null), then the state itself. A cache
    /// that cannot be written (a full disk, a file size limit) is left without a state: the next
    /// build exports the whole index, and this one goes on.
    /// </summary>
    public void Save(ExportState state, IReadOnlyList<SearchDocument> docs, IEnumerable<int>? changed) =>
        Saving(() => Write(state, docs, changed));

    /// <summary>Saves a state whose documents' texts are the ones saved already.</summary>
    public void Save(ExportState state) =>
        Saving(() => AtomicFile.WriteAllBytes(StateFile, ExportStateFormat.Write(state).Span));

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
                // The old state stays; it describes the old site, not the one this build publishes, so it is not used.
            }
        }
    }

    void Write(ExportState state, IReadOnlyList<SearchDocument> docs, IEnumerable<int>? changed)
    {
        Forget();
        Directory.CreateDirectory(Path.Combine(folder, "texts"));
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        var last = (docs.Count + ChunkSize - 1) / ChunkSize;
        var rewrite = changed?.Select(d => d / ChunkSize).Where(c => c < last).Distinct().ToArray() ?? [.. Enumerable.Range(0, last)];
        Parallel.ForEach(rewrite, c => AtomicFile.WriteAllBytes(Chunk(c), JsonSerializer.SerializeToUtf8Bytes(
            docs.Skip(c * ChunkSize).Take(ChunkSize).Select(d => names.Select(d.Field).ToArray()).ToArray(), CacheJson.Options)));
        foreach (var stale in Directory.EnumerateFiles(Path.Combine(folder, "texts")))
            if (!int.TryParse(Path.GetFileNameWithoutExtension(stale), out var c) || c >= last)
                File.Delete(stale);
        AtomicFile.WriteAllBytes(StateFile, ExportStateFormat.Write(state).Span);
    }

    /// <summary>
    /// A digest of the search/ files of a site (path and hash of each), to tell whether a state
    /// describes it: each file's XxHash128 of path and hash, summed, so no sorting of a hundred
    /// thousand paths is needed.
    /// </summary>
    public static string Digest(IReadOnlyDictionary<string, string> files)
    {
        var (low, high, count) = (0UL, 0UL, 0);
        var buffer = new byte[512];
        foreach (var (path, hash) in files)
        {
            if (!path.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal))
                continue;
            var length = (path.Length + 1 + hash.Length) * 2;
            if (length > buffer.Length)
                buffer = new byte[length];
            // The path's and the hash's UTF-16 code units with a separator, hashed without making a string of them.
            MemoryMarshal.AsBytes(path.AsSpan()).CopyTo(buffer);
            buffer[path.Length * 2] = buffer[path.Length * 2 + 1] = 0;
            MemoryMarshal.AsBytes(hash.AsSpan()).CopyTo(buffer.AsSpan((path.Length + 1) * 2));
            var h = XxHash128.HashToUInt128(buffer.AsSpan(0, length));
            (low, high, count) = (low + (ulong)h, high + (ulong)(h >> 64), count + 1);
        }
        return $"{count}-{high:x16}{low:x16}";
    }
}
