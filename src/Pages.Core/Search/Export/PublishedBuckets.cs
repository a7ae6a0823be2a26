using System.Collections.Concurrent;

namespace Pages.Search.Export;

/// <summary>
/// The published index's files as an update reads them: term and position buckets parsed once
/// each (many threads ask for the same bucket), a term's own blocks as they are asked for.
/// </summary>
internal sealed class PublishedBuckets(PublishedIndex published, ExportState state)
{
    readonly ConcurrentDictionary<int, Lazy<SortedDictionary<string, TermHeader>?>> terms = new();
    readonly ConcurrentDictionary<int, Lazy<SortedDictionary<string, string[]>?>> positions = new();

    /// <summary>The term's published header, or null when the published index lacks the term (or its bucket).</summary>
    public TermHeader? Header(string term) => Terms(TermBuckets.Of(term, state.TermBuckets))?.GetValueOrDefault(term);

    /// <summary>Whether the term's t/ and p/ buckets could be read (else the update cannot know what the term held).</summary>
    public bool Readable(string term) =>
        Terms(TermBuckets.Of(term, state.TermBuckets)) is not null &&
        Parsed(positions, SearchShards.PositionBucket(TermBuckets.Of(term, state.PositionBuckets)), TermBuckets.Of(term, state.PositionBuckets)) is not null;

    /// <summary>The term's entry in its p/ bucket (an inline term's positions), or null.</summary>
    public string[]? Positions(string term) => Parsed(positions, SearchShards.PositionBucket(TermBuckets.Of(term, state.PositionBuckets)),
        TermBuckets.Of(term, state.PositionBuckets))?.GetValueOrDefault(term);

    public OwnBlockFile? OwnBlock(string key) => Read<OwnBlockFile>(key);

    public string? OwnPositions(string key) => Read<string>(key);

    /// <summary>A fresh copy of a t/ bucket's entries, to be changed and written again; null when unreadable.</summary>
    public SortedDictionary<string, TermHeader>? TermBucket(int bucket) =>
        Terms(bucket) is { } entries ? new SortedDictionary<string, TermHeader>(entries, StringComparer.Ordinal) : null;

    /// <summary>A fresh copy of a p/ bucket's entries; null when unreadable.</summary>
    public SortedDictionary<string, string[]>? PositionBucket(int bucket) =>
        Parsed(positions, SearchShards.PositionBucket(bucket), bucket) is { } entries ? new SortedDictionary<string, string[]>(entries, StringComparer.Ordinal) : null;

    SortedDictionary<string, TermHeader>? Terms(int bucket) => Parsed(terms, SearchShards.TermBucket(bucket), bucket);

    SortedDictionary<string, T>? Parsed<T>(ConcurrentDictionary<int, Lazy<SortedDictionary<string, T>?>> cache, string key, int bucket) =>
        cache.GetOrAdd(bucket, _ => new Lazy<SortedDictionary<string, T>?>(() =>
            Read<Dictionary<string, T>>(key) is { } read ? new SortedDictionary<string, T>(read, StringComparer.Ordinal) : null)).Value;

    T? Read<T>(string key) where T : class
    {
        try
        {
            return published.Read(key) is { } bytes ? ShardWriter.Read<T>(key, bytes) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
