using System.Collections.Concurrent;

namespace Pages.Search.Export;

/// <summary>
/// The published index's files as an update reads them: term and position buckets parsed once
/// each (many threads ask for the same bucket), a term's own blocks as they are asked for.
/// </summary>
internal sealed class PublishedBuckets(PublishedIndex published, ExportState state)
{
    readonly ConcurrentDictionary<int, Lazy<RawBucket?>> terms = new();
    readonly ConcurrentDictionary<int, Lazy<SortedDictionary<string, string[]>?>> positions = new();

    /// <summary>The term's published header, or null when the published index lacks the term (or its bucket).</summary>
    public TermHeader? Header(string term) => Terms(TermBuckets.Of(term, state.TermBuckets))?.Header(term);

    /// <summary>Whether the term's t/ and p/ buckets could be read (else the update cannot know what the term held).</summary>
    public bool Readable(string term) =>
        Terms(TermBuckets.Of(term, state.TermBuckets)) is { } bucket && bucket.Readable(term) &&
        Parsed(positions, SearchShards.PositionBucket(TermBuckets.Of(term, state.PositionBuckets)), TermBuckets.Of(term, state.PositionBuckets)) is not null;

    /// <summary>The term's entry in its p/ bucket (an inline term's positions), or null.</summary>
    public string[]? Positions(string term) => Parsed(positions, SearchShards.PositionBucket(TermBuckets.Of(term, state.PositionBuckets)),
        TermBuckets.Of(term, state.PositionBuckets))?.GetValueOrDefault(term);

    public OwnBlockFile? OwnBlock(string key) => Read<OwnBlockFile>(key);

    public string? OwnPositions(string key) => Read<string>(key);

    /// <summary>A fresh copy of a t/ bucket's entries, to be changed and written again; null when unreadable.</summary>
    public SortedDictionary<string, TermHeader>? TermBucket(int bucket) => Terms(bucket)?.All();

    /// <summary>A fresh copy of a p/ bucket's entries; null when unreadable.</summary>
    public SortedDictionary<string, string[]>? PositionBucket(int bucket) =>
        Parsed(positions, SearchShards.PositionBucket(bucket), bucket) is { } entries ? new SortedDictionary<string, string[]>(entries, StringComparer.Ordinal) : null;

    RawBucket? Terms(int bucket) => terms.GetOrAdd(bucket, b => new Lazy<RawBucket?>(() =>
        published.Read(SearchShards.TermBucket(b)) is { } file ? RawBucket.Index(SearchShards.TermBucket(b), file) : null)).Value;

    /// <summary>
    /// A t/ bucket as read: where each term's header is in the file's bytes, each header parsed when
    /// asked for. An update asks for a few headers of most buckets it reads (a changed article's
    /// terms spread over every bucket) and writes few of them again: parsing every header of
    /// every bucket read was most of an update's time.
    /// </summary>
    sealed class RawBucket
    {
        readonly byte[] file;
        readonly Dictionary<string, (int Start, int Length)> entries;
        readonly ConcurrentDictionary<string, TermHeader?> parsed = new(StringComparer.Ordinal);

        RawBucket(byte[] file, Dictionary<string, (int Start, int Length)> entries) => (this.file, this.entries) = (file, entries);

        /// <summary>The bucket's entries located; null when it is not a bucket file.</summary>
        public static RawBucket? Index(string key, byte[] file)
        {
            if (ShardWriter.Data(key, file) is not var (start, length))
                return null;
            try
            {
                var reader = new System.Text.Json.Utf8JsonReader(file.AsSpan(start, length));
                if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
                    return null;
                var entries = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
                {
                    var term = reader.GetString()!;
                    reader.Read();
                    var from = (int)reader.TokenStartIndex;
                    reader.Skip();
                    entries[term] = (start + from, (int)reader.BytesConsumed - from);
                }
                return reader.TokenType == System.Text.Json.JsonTokenType.EndObject ? new RawBucket(file, entries) : null;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }

        /// <summary>Whether the term's header, if the bucket has the term, can be read.</summary>
        public bool Readable(string term) => !entries.ContainsKey(term) || Header(term) is not null;

        public TermHeader? Header(string term) => entries.TryGetValue(term, out var at)
            ? parsed.GetOrAdd(term, _ => Parse<TermHeader>(file.AsSpan(at.Start, at.Length)))
            : null;

        /// <summary>Every entry, parsed, to be changed and written again; null when one cannot be parsed.</summary>
        public SortedDictionary<string, TermHeader>? All()
        {
            var all = new SortedDictionary<string, TermHeader>(StringComparer.Ordinal);
            foreach (var term in entries.Keys)
            {
                if (Header(term) is not { } header)
                    return null;
                all[term] = header;
            }
            return all;
        }

        static T? Parse<T>(ReadOnlySpan<byte> json) where T : class
        {
            try
            {
                return ShardWriter.Parse<T>(json);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

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
