using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pages.Search.Export;

/// <summary>
/// The index's files as register scripts, <c>PagesSearch.register(key,data);</c>, made and read
/// back (a rebuild reads the published files of the terms it changes). Safe to call from several threads.
/// A segment's writer puts the segment's key (<see cref="SearchSegment.Key"/>) before every key it is given.
/// </summary>
internal sealed class ShardWriter(Action<string, byte[]> write, string segment = "")
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    int files;
    long bytes;

    public int Files => files;

    public long Bytes => Interlocked.Read(ref bytes);

    public long Write<T>(string key, T data) => WriteJson(key, JsonSerializer.SerializeToUtf8Bytes(data, Json));

    /// <summary>Writes a file whose JSON data is already made (<see cref="JsonWriter"/>, <see cref="WriteValue"/>).</summary>
    public long WriteJson(string key, ReadOnlySpan<byte> json)
    {
        key = segment + key;
        var prefix = Utf8.GetBytes(Prefix(key));
        var encoded = new byte[prefix.Length + json.Length + Suffix.Length];
        prefix.CopyTo(encoded, 0);
        json.CopyTo(encoded.AsSpan(prefix.Length));
        Suffix.CopyTo(encoded.AsSpan(prefix.Length + json.Length));
        write(SearchShards.File(key), encoded);
        Interlocked.Increment(ref files);
        Interlocked.Add(ref bytes, encoded.Length);
        return encoded.Length;
    }

    /// <summary>A writer making JSON as <see cref="Write"/> makes it.</summary>
    public static Utf8JsonWriter JsonWriter(Stream stream) => new(stream, new JsonWriterOptions { Encoder = Json.Encoder });

    /// <summary>A value written as <see cref="Write"/> writes it.</summary>
    public static void WriteValue<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Json);

    static ReadOnlySpan<byte> Suffix => ");\n"u8;

    /// <summary>The data of a file written by <see cref="Write"/> under <paramref name="key"/>; null when it is not one.</summary>
    public static T? Read<T>(string key, byte[] file) =>
        Data(key, file) is var (start, length) ? Parse<T>(file.AsSpan(start, length)) : default;

    /// <summary>Where the JSON data of a file written under <paramref name="key"/> is; null when the file is not one.</summary>
    public static (int Start, int Length)? Data(string key, byte[] file)
    {
        var prefix = Utf8.GetBytes(Prefix(key));
        if (!file.AsSpan().StartsWith(prefix) || !file.AsSpan().EndsWith(Suffix))
            return null;
        return (prefix.Length, file.Length - prefix.Length - Suffix.Length);
    }

    /// <summary>JSON written by <see cref="Write"/>, read back.</summary>
    public static T? Parse<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, Json);

    static string Prefix(string key) => $"PagesSearch.register({JsonSerializer.Serialize(key, Json)},";
}
