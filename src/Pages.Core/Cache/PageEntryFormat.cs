using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Pages.Model;
using Pages.Quality;
using Pages.Tagging;

namespace Pages.Cache;

/// <summary>
/// The bytes of a cache entry (<c>pages/{key}.page</c>): a <see cref="CachedPage"/> written field by
/// field. A rebuild reads every page's entry, and reading them as JSON took longer than anything
/// else it did besides the search export; this reads them about ten times faster.
/// <list type="bullet">
/// <item>A header: <c>PAGE</c>, the format's version, the payload's length and its SHA-256, so a
/// truncated or damaged entry is told from a good one (<see cref="InvalidDataException"/>).</item>
/// <item>Strings as their UTF-16 code units (Chinese takes two bytes a character, not three, and
/// reads back without transcoding). A short string met before in the entry (a file's path, a
/// role, a township) is written as its number, so it is read back once.</item>
/// <item>Numbers as 7-bit varints; optional values behind a flag; lists behind their count.</item>
/// </list>
/// The format belongs to one version of Pages (the cache is emptied when Pages changes), so it has
/// no compatibility to keep: every field of the records is written, in their declaration order.
/// </summary>
internal static class PageEntryFormat
{
    const uint Magic = 0x45474150; // "PAGE"
    const int Version = 1;
    const int HeaderLength = 4 + 4 + 4 + 32;

    /// <summary>Strings this long or shorter are numbered for reuse; longer ones (paragraphs) rarely repeat.</summary>
    const int ReusedLength = 48;

    public static byte[] Write(CachedPage page)
    {
        var writer = new Writer();
        writer.Bytes(new byte[HeaderLength]);
        writer.Page(page);
        var bytes = writer.ToArray();
        var payload = bytes.AsSpan(HeaderLength);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), payload.Length);
        SHA256.HashData(payload, bytes.AsSpan(12, 32));
        return bytes;
    }

    /// <summary>The page in <paramref name="bytes"/>; <see cref="InvalidDataException"/> saying why when they are not a whole, sound entry.</summary>
    public static CachedPage Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
            throw new InvalidDataException("it is not a page entry");
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != Version)
            throw new InvalidDataException("it has another format");
        var payload = bytes[HeaderLength..];
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) != payload.Length)
            throw new InvalidDataException("it is truncated");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload, hash);
        if (!hash.SequenceEqual(bytes.Slice(12, 32)))
            throw new InvalidDataException("its bytes are damaged");
        var reader = new Reader(payload);
        var page = reader.Page();
        if (!reader.AtEnd)
            throw new InvalidDataException("it has bytes after its end");
        return page;
    }

    sealed class Writer
    {
        byte[] buffer = new byte[1 << 14];
        int length;
        readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

        public void Page(CachedPage page)
        {
            Meta(page.Meta);
            var split = page.Split;
            String(split.Name);
            String(split.File);
            Int((int)split.Layout);
            List(split.Articles, Article);
            List(split.Furniture, Piece);
            List(page.Tags, Tags);
            List(page.Problems, Problem);
            Optional(page.Checked, Findings);
        }

        void Meta(PageMeta meta)
        {
            Optional(meta.Date, d => Int(d.DayNumber));
            OptionalString(meta.Edition);
            Optional(meta.PageNumber, Int);
            OptionalString(meta.Section);
        }

        void Article(Article a)
        {
            String(a.Page);
            Int(a.Number);
            Int((int)a.Kind);
            Optional(a.Kicker, Piece);
            Optional(a.Title, Piece);
            Optional(a.Subtitle, Piece);
            Optional(a.Byline, Byline);
            Optional(a.PhotoCredit, Byline);
            List(a.Sections, Section);
            Span(a.Span);
            Bool(a.IsFollowUp);
            List(a.Corrected, String);
            OptionalString(a.PrintedText);
        }

        void Piece(TextPiece piece)
        {
            String(piece.Text);
            Int(piece.Offset);
            Int(piece.FirstLine);
            Int(piece.LastLine);
        }

        void Byline(Byline byline)
        {
            Piece(byline.Piece);
            List(byline.Credits, c =>
            {
                String(c.Name);
                String(c.Role);
            });
        }

        void Section(Section section)
        {
            Optional(section.Heading, Piece);
            List(section.Paragraphs, Piece);
        }

        void Span(SourceSpan span)
        {
            String(span.File);
            Int(span.FirstLine);
            Int(span.LastLine);
        }

        void Tags(ArticleTags tags)
        {
            List(tags.Townships, String);
            List(tags.Villages, String);
            Bool(tags.Zone);
            List(tags.Topics, String);
            List(tags.Misprints, String);
            List(tags.Dates, d =>
            {
                Optional(d.Year, Int);
                Int(d.Month);
                Int(d.Day);
            });
        }

        void Problem(Problem p)
        {
            Int((int)p.Severity);
            String(p.File);
            Optional(p.Line, Int);
            Optional(p.ByteOffset, Long);
            String(p.Message);
        }

        void Findings(PageFindings findings)
        {
            List(findings.Findings, f =>
            {
                Int((int)f.Severity);
                String(f.Check);
                String(f.File);
                Int(f.Line);
                String(f.Message);
            });
            List(findings.Places, p =>
            {
                String(p.Name);
                String(p.File);
                Int(p.Line);
            });
        }

        void List<T>(ImmutableArray<T> items, Action<T> write)
        {
            // A default array (none was made) is written as an empty one: the model never tells them apart.
            var all = items.IsDefault ? [] : items;
            Int(all.Length);
            foreach (var item in all)
                write(item);
        }

        void Optional<T>(T? value, Action<T> write) where T : class
        {
            Bool(value is not null);
            if (value is not null)
                write(value);
        }

        void Optional<T>(T? value, Action<T> write) where T : struct
        {
            Bool(value is not null);
            if (value is { } v)
                write(v);
        }

        void OptionalString(string? s) => Optional(s, String);

        void Bool(bool b) => Int(b ? 1 : 0);

        /// <summary>A string once as its code units; again as its number (odd where even is a length).</summary>
        void String(string s)
        {
            if (s.Length <= ReusedLength)
            {
                if (seen.TryGetValue(s, out var number))
                {
                    Long(((long)number << 1) | 1);
                    return;
                }
                seen[s] = seen.Count;
            }
            Long((long)s.Length << 1);
            Bytes(MemoryMarshal.AsBytes(s.AsSpan()));
        }

        void Int(int value) => Long(value);

        void Long(long value)
        {
            Ensure(10);
            // Zigzag, so small negative numbers stay short too.
            var v = (ulong)((value << 1) ^ (value >> 63));
            while (v >= 0x80)
            {
                buffer[length++] = (byte)(v | 0x80);
                v >>= 7;
            }
            buffer[length++] = (byte)v;
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(length));
            length += bytes.Length;
        }

        void Ensure(int more)
        {
            if (length + more > buffer.Length)
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote, in the same order; any inconsistency is an <see cref="InvalidDataException"/>.</summary>
    ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        readonly ReadOnlySpan<byte> bytes = bytes;
        int at;
        readonly List<string> seen = new(256);

        public readonly bool AtEnd => at == bytes.Length;

        public CachedPage Page()
        {
            var meta = Meta();
            var (name, file, layout) = (String(), String(), (PageLayout)Int());
            var articles = List(static (ref Reader r) => r.Article());
            var furniture = List(static (ref Reader r) => r.Piece());
            var tags = List(static (ref Reader r) => r.Tags());
            var problems = List(static (ref Reader r) => r.Problem());
            var findings = Bool() ? Findings() : null;
            if (tags.Length != articles.Length)
                throw new InvalidDataException("its tags do not match its articles");
            return new CachedPage(meta, new SplitPage(name, file, layout, articles, furniture), tags, problems) { Checked = findings };
        }

        PageMeta Meta() => new(
            Bool() ? DateOnly.FromDayNumber(Int()) : null,
            OptionalString(),
            Bool() ? Int() : null,
            OptionalString());

        Article Article()
        {
            var (page, number, kind) = (String(), Int(), (ArticleKind)Int());
            var kicker = OptionalPiece();
            var title = OptionalPiece();
            var subtitle = OptionalPiece();
            var byline = Bool() ? Byline() : null;
            var credit = Bool() ? Byline() : null;
            var sections = List(static (ref Reader r) => r.Section());
            var span = Span();
            var followUp = Bool();
            var corrected = List(static (ref Reader r) => r.String());
            var printed = OptionalString();
            return new Article(page, number, kind, kicker, title, subtitle, byline, credit, sections, span, followUp)
            {
                Corrected = corrected,
                PrintedText = printed,
            };
        }

        TextPiece Piece() => new(String(), Int(), Int(), Int());

        TextPiece? OptionalPiece() => Bool() ? Piece() : null;

        Byline Byline() => new(Piece(), List(static (ref Reader r) => new Credit(r.String(), r.String())));

        Section Section() => new(OptionalPiece(), List(static (ref Reader r) => r.Piece()));

        SourceSpan Span() => new(String(), Int(), Int());

        ArticleTags Tags() => new(
            List(static (ref Reader r) => r.String()),
            List(static (ref Reader r) => r.String()),
            Bool(),
            List(static (ref Reader r) => r.String()),
            List(static (ref Reader r) => r.String()),
            List(static (ref Reader r) => new MentionedDate(r.Bool() ? r.Int() : null, r.Int(), r.Int())));

        Problem Problem() => new((Severity)Int(), String(), Bool() ? Int() : null, Bool() ? Long() : null, String());

        PageFindings Findings() => new(
            List(static (ref Reader r) => new Finding((Severity)r.Int(), r.String(), r.String(), r.Int(), r.String())),
            List(static (ref Reader r) => new PlaceMention(r.String(), r.String(), r.Int())));

        delegate T Read<T>(ref Reader reader);

        ImmutableArray<T> List<T>(Read<T> read)
        {
            var count = Int();
            if (count < 0 || count > bytes.Length - at)
                throw new InvalidDataException("a list's length is wrong");
            if (count == 0)
                return [];
            var items = new T[count];
            for (var i = 0; i < count; i++)
                items[i] = read(ref this);
            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }

        string? OptionalString() => Bool() ? String() : null;

        bool Bool() => Int() switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidDataException("a flag is neither 0 nor 1"),
        };

        string String()
        {
            var head = Long();
            if ((head & 1) == 1)
            {
                var number = head >> 1;
                return number < seen.Count ? seen[(int)number] : throw new InvalidDataException("a string refers to none before it");
            }
            var chars = head >> 1;
            if (chars < 0 || chars * 2 > bytes.Length - at)
                throw new InvalidDataException("a string's length is wrong");
            var s = new string(MemoryMarshal.Cast<byte, char>(bytes.Slice(at, (int)chars * 2)));
            at += (int)chars * 2;
            if (s.Length <= ReusedLength)
                seen.Add(s);
            return s;
        }

        int Int()
        {
            var value = Long();
            return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("a number is out of range");
        }

        long Long()
        {
            ulong v = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (at >= bytes.Length)
                    throw new InvalidDataException("it ends early");
                var b = bytes[at++];
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                    return (long)(v >> 1) ^ -(long)(v & 1);
            }
            throw new InvalidDataException("a number is too long");
        }
    }
}
