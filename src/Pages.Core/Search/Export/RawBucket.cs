using System.Collections.Concurrent;
using System.Text.Json;

namespace Pages.Search.Export;

/// <summary>
/// A published bucket file (t/ headers, p/ positions: a JSON object of term → entry) as an update
/// reads and writes it: where each term's entry is in the file's bytes, each entry parsed only when
/// asked for, and the bucket written again with the changed entries serialized and every other
/// copied as it was. An update touches a few terms of most buckets (a changed article's terms
/// spread over all of them): parsing and serializing every entry of every bucket it touched was
/// most of its time. The bytes are what serializing the whole bucket gives (entries in ordinal
/// order, the export's JSON options), which the update tests compare with a whole export's.
/// </summary>
internal sealed class RawBucket<T> where T : class
{
    readonly byte[] file;
    readonly SortedDictionary<string, (int Start, int Length)> entries;
    readonly ConcurrentDictionary<string, T?> parsed = new(StringComparer.Ordinal);

    RawBucket(byte[] file, SortedDictionary<string, (int Start, int Length)> entries) => (this.file, this.entries) = (file, entries);

    /// <summary>The bucket's entries located (the file read as JSON, not parsed into entries); null when it is not a bucket file.</summary>
    public static RawBucket<T>? Index(string key, byte[] file)
    {
        if (ShardWriter.Data(key, file) is not var (start, length))
            return null;
        try
        {
            var reader = new Utf8JsonReader(file.AsSpan(start, length));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            var entries = new SortedDictionary<string, (int Start, int Length)>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var term = reader.GetString()!;
                reader.Read();
                var from = (int)reader.TokenStartIndex;
                reader.Skip();
                entries[term] = (start + from, (int)reader.BytesConsumed - from);
            }
            return reader.TokenType == JsonTokenType.EndObject && reader.BytesConsumed == length ? new RawBucket<T>(file, entries) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the term's entry, if the bucket has the term, can be read.</summary>
    public bool Readable(string term) => !entries.ContainsKey(term) || Entry(term) is not null;

    /// <summary>The term's entry, parsed; null when the bucket lacks the term or its entry cannot be read.</summary>
    public T? Entry(string term) => entries.TryGetValue(term, out var at)
        ? parsed.GetOrAdd(term, _ => Parse(file.AsSpan(at.Start, at.Length)))
        : null;

    /// <summary>The bucket's JSON with <paramref name="changes"/> made (a null entry removes its term).</summary>
    public byte[] With(IReadOnlyDictionary<string, T?> changes)
    {
        using var stream = new MemoryStream(file.Length + 256);
        using (var writer = ShardWriter.JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var term in entries.Keys.Union(changes.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (changes.TryGetValue(term, out var changed))
                {
                    if (changed is null)
                        continue;
                    writer.WritePropertyName(term);
                    ShardWriter.WriteValue(writer, changed);
                    continue;
                }
                var (start, length) = entries[term];
                writer.WritePropertyName(term);
                writer.WriteRawValue(file.AsSpan(start, length), skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    static T? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return ShardWriter.Parse<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
