using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pages.Search;

namespace Pages.Cache;

/// <summary>
/// The archive's Lucene index kept in the build cache (lucene/), for `pages search`: built in full
/// the first time, then brought up to date by article id. Each article's content hash is kept
/// beside the index (lucene.json), so an update re-indexes only the articles whose text, tags or
/// place in the archive changed, and deletes those no longer in it.
/// </summary>
public static class LuceneStore
{
    /// <summary>What an update did.</summary>
    public sealed record Update(int Added, int Changed, int Removed, int Unchanged);

    /// <summary>Opens the index of <paramref name="docs"/> in <paramref name="cache"/>, updating it first.</summary>
    public static (FSDirectory Directory, Update Update) Open(BuildCache cache, IReadOnlyList<SearchDocument> docs)
    {
        var folder = Path.Combine(cache.Root, "lucene");
        var hashesFile = Path.Combine(cache.Root, "lucene.json");
        var known = ReadHashes(hashesFile);
        var directory = FSDirectory.Open(folder);
        if (known is null || !DirectoryReader.IndexExists(directory))
            known = [];
        var current = docs.ToDictionary(d => d.Id, HashOf, StringComparer.Ordinal);
        var (added, changed, removed) = (0, 0, 0);
        using (var writer = new IndexWriter(directory, SearchIndex.WriterConfig(known.Count == 0 ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)))
        {
            foreach (var id in known.Keys.Where(id => !current.ContainsKey(id)))
            {
                writer.DeleteDocuments(new Term(SearchFields.Id, id));
                removed++;
            }
            foreach (var doc in docs)
            {
                if (known.GetValueOrDefault(doc.Id) == current[doc.Id])
                    continue;
                if (known.ContainsKey(doc.Id))
                    changed++;
                else
                    added++;
                writer.UpdateDocument(new Term(SearchFields.Id, doc.Id), SearchIndex.ToLucene(doc));
            }
            // Deleted documents still count in Lucene's statistics until their segments merge.
            if (removed + changed > 0)
                writer.ForceMergeDeletes();
            writer.Commit();
        }
        AtomicFile.WriteAllBytes(hashesFile, JsonSerializer.SerializeToUtf8Bytes(current));
        return (directory, new Update(added, changed, removed, docs.Count - added - changed));
    }

    static Dictionary<string, string>? ReadHashes(string file)
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(file)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string HashOf(SearchDocument doc) => ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(doc, CacheJson.Options));
}
