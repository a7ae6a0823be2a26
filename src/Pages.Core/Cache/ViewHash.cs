using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Pages.Site.Views;

namespace Pages.Cache;

/// <summary>
/// Hashes view records (the plain data a page is rendered from) by walking them: a record as its
/// type's name and every public property in declaration order, a list as its count and items, a
/// string as its UTF-16 code units, each value tagged with its kind and strings and lists with their
/// length, so two different views never write the same bytes. The bytes go to a buffer of the
/// thread's, hashed once with SHA-256: a rebuild hashes every page of the site, and serializing
/// views as JSON (escaping, transcoding, a call into the hash per part) took most of its time.
/// <para>
/// An <see cref="ArticleLink"/> is made once per article (<see cref="ViewBuilder.Link"/>) and listed
/// on many pages (its page and issue, each of its places and topics, the related lists of its
/// neighbours): each instance is hashed once and then written as its hash.
/// </para>
/// A type the walk does not know (a dictionary, a number other than an int) is an error, not a
/// guess: a key that missed a field would keep a page whose bytes changed.
/// </summary>
internal sealed class ViewHash
{
    const byte Null = 0, Text = 1, False = 2, True = 3, Int = 4, List = 5, Record = 6, Hashed = 7, Long = 8;

    static readonly ConcurrentDictionary<Type, Action<object, ViewHash>> Writers = new();

    /// <summary>The thread's walk, kept for the next page, and a second one for the article links met in it.</summary>
    [ThreadStatic] static ViewHash? spare, spareForLinks;

    readonly ArrayBufferWriter<byte> buffer = new(1 << 12);

    /// <summary>The SHA-256 of the values, in order.</summary>
    public static byte[] Of(params object?[] values)
    {
        var hash = spare ?? new ViewHash();
        spare = null;
        hash.buffer.ResetWrittenCount();
        foreach (var value in values)
            hash.Write(value);
        var digest = SHA256.HashData(hash.buffer.WrittenSpan);
        // A page as large as the issue list (every article's link) grows the buffer to a megabyte;
        // it is kept for the next page rather than made again.
        spare = hash;
        return digest;
    }

    void Write(object? value)
    {
        switch (value)
        {
            case null:
                Tag(Null);
                break;
            case string s:
                Write(s);
                break;
            case bool b:
                Write(b);
                break;
            case int i:
                Write(i);
                break;
            case long l:
                Tag(Long);
                Raw(l);
                break;
            case ArticleLink link:
                Tag(Hashed);
                Raw(OfLink(link));
                break;
            case IEnumerable items:
                WriteList(items);
                break;
            default:
                WriteRecord(value);
                break;
        }
    }

    /// <summary>An article link's hash, made once per link (<see cref="ViewBuilder.Link"/> makes one link per article and build).</summary>
    public static byte[] OfLink(ArticleLink link) =>
        link.Hash ?? Interlocked.CompareExchange(ref link.Hash, OfRecord(link), null) ?? link.Hash;

    /// <summary>One record hashed apart (by a second walk, the thread's own being busy), for the memo.</summary>
    static byte[] OfRecord(object record)
    {
        var walk = spareForLinks ?? new ViewHash();
        spareForLinks = null;
        walk.buffer.ResetWrittenCount();
        walk.WriteRecord(record);
        var digest = SHA256.HashData(walk.buffer.WrittenSpan);
        spareForLinks = walk;
        return digest;
    }

    void Write(string? s)
    {
        if (s is null)
        {
            Tag(Null);
            return;
        }
        Tag(Text);
        Raw(s.Length);
        Raw(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    void Write(bool b) => Tag(b ? True : False);

    void Write(int i)
    {
        Tag(Int);
        Raw(i);
    }

    void Write(int? i)
    {
        if (i is { } value)
            Write(value);
        else
            Tag(Null);
    }

    void WriteList(IEnumerable items)
    {
        // The count goes first, so that a list's end is known; views hold lists, which know it.
        var list = items as ICollection ?? items.Cast<object?>().ToList();
        Tag(List);
        Raw(list.Count);
        foreach (var item in list)
            Write(item);
    }

    void WriteRecord(object record)
    {
        Tag(Record);
        Writers.GetOrAdd(record.GetType(), WriterFor)(record, this);
    }

    /// <summary>
    /// Writes the type's name, then each public instance property in declaration order, compiled
    /// once per type so the walk calls no reflection per page.
    /// </summary>
    static Action<object, ViewHash> WriterFor(Type type)
    {
        if (type.IsValueType || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            throw new NotSupportedException($"a view holds a {type.Name}, which the render key does not know how to hash");
        var record = Expression.Parameter(typeof(object), "record");
        var hash = Expression.Parameter(typeof(ViewHash), "hash");
        var typed = Expression.Variable(type, "typed");
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(record, type)),
            Expression.Call(hash, Method(nameof(Write), typeof(string)), Expression.Constant(type.FullName)),
        };
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                continue;
            var value = Expression.Property(typed, property);
            var writer = property.PropertyType switch
            {
                var t when t == typeof(string) => Method(nameof(Write), typeof(string)),
                var t when t == typeof(bool) => Method(nameof(Write), typeof(bool)),
                var t when t == typeof(int) => Method(nameof(Write), typeof(int)),
                var t when t == typeof(int?) => Method(nameof(Write), typeof(int?)),
                _ => null,
            };
            body.Add(writer is not null
                ? Expression.Call(hash, writer, value)
                : Expression.Call(hash, Method(nameof(Write), typeof(object)), Expression.Convert(value, typeof(object))));
        }
        return Expression.Lambda<Action<object, ViewHash>>(Expression.Block([typed], body), record, hash).Compile();
    }

    static MethodInfo Method(string name, Type parameter) =>
        typeof(ViewHash).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance, [parameter])!;

    void Tag(byte tag) => buffer.Write([tag]);

    void Raw(int value)
    {
        BitConverter.TryWriteBytes(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    void Raw(long value)
    {
        BitConverter.TryWriteBytes(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    void Raw(ReadOnlySpan<byte> bytes) => buffer.Write(bytes);
}
