using System.Buffers;
using System.Text.Json;
using Pages.Archive;
using Pages.Export;
using Pages.Reading;
using Pages.Site;

namespace Pages.Build;

/// <summary>Where one page's JSON stands in the export: its file (<see cref="SitePaths.Data"/>), and from the ',' or '[' before it, its bytes.</summary>
public sealed record ExportSpan(string File, long Offset, int Length);

/// <summary>
/// Writes one file of the site's export (a month's pages as <see cref="SplitJson"/> writes them, byte
/// for byte, <see cref="SitePaths.Data"/>) and notes where each page's JSON stands in it, by the
/// page's cache key. A page's JSON
/// depends on the page alone, and its key on everything the page was made from: so a rebuild copies
/// the JSON of every page whose key it knows from the published export, and serializes only the
/// others (serializing the whole export took half a second of one processor per rebuild).
/// The published export is used only when its bytes hash as the manifest says they should.
/// </summary>
internal static class ArchiveExport
{
    /// <summary>Pages serialized at a time (in parallel), so the export is never all in memory.</summary>
    const int Batch = 256;

    /// <summary>Writes the export file <paramref name="file"/> of <paramref name="pages"/>; returns each keyed page's span.</summary>
    /// <param name="published">The published file of that name (its full path) and the spans of the pages in it, or null to serialize every page.</param>
    /// <param name="names">How the site names the pages' input files.</param>
    public static Dictionary<string, ExportSpan> Write(IReadOnlyList<LoadedPage> pages, string file, Stream stream, (string Path, IReadOnlyDictionary<string, ExportSpan> Spans)? published, SourceNames names)
    {
        using var source = published is { } p ? File.OpenHandle(p.Path) : null;
        var spans = new Dictionary<string, ExportSpan>(StringComparer.Ordinal);
        long offset = 0;
        stream.Write("["u8);
        offset++;
        for (var start = 0; start < pages.Count; start += Batch)
        {
            var fragments = new byte[Math.Min(Batch, pages.Count - start)][];
            Parallel.For(0, fragments.Length, i =>
            {
                var page = pages[start + i];
                fragments[i] = page.Key is not null && published?.Spans.GetValueOrDefault(page.Key) is { } span && span.File == file
                    ? Copy(source!, span)
                    : Serialize(page, names);
            });
            for (var i = 0; i < fragments.Length; i++)
            {
                if (start + i > 0)
                {
                    stream.Write(","u8);
                    offset++;
                }
                stream.Write(fragments[i]);
                if (pages[start + i].Key is { } key)
                    spans[key] = new ExportSpan(file, offset, fragments[i].Length);
                offset += fragments[i].Length;
            }
        }
        stream.Write(pages.Count == 0 ? "]"u8 : "\n]"u8);
        return spans;
    }

    /// <summary>The published export, when it is there with the bytes <paramref name="hash"/> says.</summary>
    public static bool IsIntact(string file, string? hash)
    {
        if (hash is null || !File.Exists(file))
            return false;
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Site.FileHash.Of(stream) == hash;
    }

    /// <summary>
    /// A page's JSON as an element of the export's array: a line break, the indentation of the
    /// array's elements, the page's object; the ',' between elements is written apart.
    /// </summary>
    static byte[] Serialize(LoadedPage page, SourceNames names)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 15);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = SplitJson.Options.Encoder }))
        {
            writer.WriteStartArray();
            JsonSerializer.Serialize(writer, PageJson.From(page, names), SplitJson.Options);
        }
        return buffer.WrittenSpan[1..].ToArray();
    }

    static byte[] Copy(Microsoft.Win32.SafeHandles.SafeFileHandle source, ExportSpan span)
    {
        var bytes = new byte[span.Length];
        for (var read = 0; read < bytes.Length;)
        {
            var more = RandomAccess.Read(source, bytes.AsSpan(read), span.Offset + read);
            read += more > 0 ? more : throw new IOException("the published export is shorter than its manifest says");
        }
        return bytes;
    }
}
