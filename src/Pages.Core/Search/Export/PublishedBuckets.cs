using System.Collections.Concurrent;

namespace Pages.Search.Export;

/// <summary>
/// The published index's files as an update reads them: term and position buckets indexed once
/// each (many threads ask for the same bucket, <see cref="RawBucket{T}"/>), a term's own blocks as
/// they are asked for.
/// </summary>
internal sealed class PublishedBuckets(PublishedSegment published, ExportState state, int inlineBuckets)
{
    readonly ConcurrentDictionary<int, Lazy<RawBucket<TermHeader>?>> terms = new();
    readonly ConcurrentDictionary<int, Lazy<RawBucket<string[]>?>> inline = new();
    readonly ConcurrentDictionary<int, Lazy<RawBucket<string[]>?>> positions = new();

    /// <summary>
    /// The term's published header, with an inline term's postings from its i/ bucket; null when the
    /// published index lacks the term (or its buckets).
    /// </summary>
    public TermHeader? Header(string term)
    {
        if (Terms(TermBuckets.Of(term, state.TermBuckets))?.Entry(term) is not { } header)
            return null;
        return InlineOf(TermBuckets.Of(term, inlineBuckets))?.Entry(term) is { } postings ? header with { X = postings } : header;
    }

    /// <summary>Whether the term's t/, i/ and p/ buckets could be read (else the update cannot know what the term held).</summary>
    public bool Readable(string term) =>
        Terms(TermBuckets.Of(term, state.TermBuckets)) is { } bucket && bucket.Readable(term) &&
        InlineOf(TermBuckets.Of(term, inlineBuckets)) is { } x && x.Readable(term) &&
        PositionsOf(TermBuckets.Of(term, state.PositionBuckets)) is { } p && p.Readable(term);

    /// <summary>The term's entry in its p/ bucket (an inline term's positions), or null.</summary>
    public string[]? Positions(string term) => PositionsOf(TermBuckets.Of(term, state.PositionBuckets))?.Entry(term);

    public OwnBlockFile? OwnBlock(string key) => Read<OwnBlockFile>(key);

    /// <summary>A published file holding one text: a block's positions (y/…) or a term's block map.</summary>
    public string? OwnText(string key) => Read<string>(key);

    /// <summary>A t/ bucket as published, to be written again with some entries changed; null when unreadable.</summary>
    public RawBucket<TermHeader>? TermBucket(int bucket) => Terms(bucket);

    /// <summary>An i/ bucket as published; null when unreadable.</summary>
    public RawBucket<string[]>? InlineBucket(int bucket) => InlineOf(bucket);

    /// <summary>A p/ bucket as published; null when unreadable.</summary>
    public RawBucket<string[]>? PositionBucket(int bucket) => PositionsOf(bucket);

    RawBucket<TermHeader>? Terms(int bucket) => Raw(terms, SearchShards.TermBucket(bucket), bucket);

    RawBucket<string[]>? InlineOf(int bucket) => Raw(inline, SearchShards.InlineBucket(bucket), bucket);

    RawBucket<string[]>? PositionsOf(int bucket) => Raw(positions, SearchShards.PositionBucket(bucket), bucket);

    RawBucket<T>? Raw<T>(ConcurrentDictionary<int, Lazy<RawBucket<T>?>> cache, string key, int bucket) where T : class =>
        cache.GetOrAdd(bucket, _ => new Lazy<RawBucket<T>?>(() => published.Read(key) is { } file ? RawBucket<T>.Index(published.Key + key, file) : null)).Value;

    T? Read<T>(string key) where T : class
    {
        try
        {
            return published.Read(key) is { } bytes ? ShardWriter.Read<T>(published.Key + key, bytes) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
