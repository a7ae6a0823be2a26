using Pages.Cache;

namespace Pages.Search.Export;

/// <summary>
/// The bytes of the search export's state (<c>search/state.bin</c> in the build cache), in
/// <see cref="EntryWriter"/>'s binary form with its checksum: every rebuild reads it and most save
/// it again. As JSON (2.7 MB for 31,254 articles) reading it took a tenth of a second of a
/// one-page rebuild and saving it most of another; document hashes (Base64) are kept as their bytes, numbers as varints.
/// </summary>
internal static class ExportStateFormat
{
    const uint Magic = 0x54535845; // "EXST"
    const int Version = 2;

    public static ReadOnlyMemory<byte> Write(ExportState state)
    {
        var w = EntryWriter.OfSize(Size(state));
        w.Int(state.Format);
        w.String(state.Options);
        w.Int(state.TermBuckets);
        w.Int(state.PositionBuckets);
        w.Long(state.TermChars);
        w.Long(state.PositionChars);
        Longs(w, state.Sums);
        w.Int(state.FacetValues.Length);
        foreach (var values in state.FacetValues)
        {
            w.Int(values.Length);
            foreach (var value in values)
                w.String(value);
        }
        w.Int(state.Norms.Length);
        foreach (var norms in state.Norms)
        {
            w.Int(norms.Length);
            w.Bytes(norms);
        }
        w.Int(state.Hashes.Length);
        foreach (var hash in state.Hashes)
            Digest(w, hash);
        w.Int(state.Blocks.Count);
        foreach (var (term, own) in state.Blocks)
        {
            w.UniqueString(term);
            Longs(w, own.Keys);
            w.Long(own.Chars);
        }
        w.Int(state.DocValues.Length);
        foreach (var values in state.DocValues)
        {
            w.Int(values.Length);
            foreach (var value in values)
                w.Int(value);
        }
        w.OptionalString(state.Published);
        w.String(state.Key);
        w.Int(state.Start);
        w.Int(state.Sources.Length);
        foreach (var source in state.Sources)
            w.Optional(source, s => Digest(w, s));
        return w.Finish(Magic, Version);
    }

    /// <summary>The state in <paramref name="bytes"/>; <see cref="InvalidDataException"/> when they are not a whole, sound state.</summary>
    public static ExportState Read(ReadOnlySpan<byte> bytes)
    {
        var r = new EntryReader(EntryWriter.Payload(bytes, Magic, Version));
        var (format, options, termBuckets, positionBuckets, termChars, positionChars) = (r.Int(), r.String(), r.Int(), r.Int(), r.Long(), r.Long());
        var sums = Longs(ref r);
        var facetValues = new string[r.Count()][];
        for (var i = 0; i < facetValues.Length; i++)
        {
            facetValues[i] = new string[r.Count()];
            for (var j = 0; j < facetValues[i].Length; j++)
                facetValues[i][j] = r.String();
        }
        var norms = new byte[r.Count()][];
        for (var i = 0; i < norms.Length; i++)
            norms[i] = r.Bytes(r.Count()).ToArray();
        var hashes = new string[r.Count()];
        for (var i = 0; i < hashes.Length; i++)
            hashes[i] = Digest(ref r);
        var count = r.Count();
        var blocks = new Dictionary<string, OwnTermState>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            blocks[r.UniqueString()] = new OwnTermState(Longs(ref r), r.Long());
        var docValues = new int[r.Count()][];
        for (var i = 0; i < docValues.Length; i++)
        {
            docValues[i] = r.Count() is var n and > 0 ? new int[n] : [];
            for (var j = 0; j < docValues[i].Length; j++)
                docValues[i][j] = r.Int();
        }
        var published = r.OptionalString();
        var key = r.String();
        var start = r.Int();
        var sources = new string?[r.Count()];
        for (var i = 0; i < sources.Length; i++)
            sources[i] = r.Bool() ? Digest(ref r) : null;
        if (!r.AtEnd)
            throw new InvalidDataException("it has bytes after its end");
        return new ExportState(format, options, termBuckets, positionBuckets, termChars, positionChars, sums, facetValues, norms, hashes, blocks, docValues)
        {
            Published = published,
            Key = key,
            Start = start,
            Sources = sources,
        };
    }

    /// <summary>
    /// A document's hash or source key (<see cref="SearchDocumentHash"/>: Base64) as its bytes, or
    /// anything else, after -1, as its code units.
    /// </summary>
    static void Digest(EntryWriter w, string digest)
    {
        Span<byte> bytes = stackalloc byte[64];
        Span<char> again = stackalloc char[88];
        if (Convert.TryFromBase64String(digest, bytes, out var length)
            && Convert.TryToBase64Chars(bytes[..length], again, out var chars) && again[..chars].SequenceEqual(digest))
        {
            w.Int(length);
            w.Bytes(bytes[..length]);
            return;
        }
        w.Int(-1);
        w.UniqueString(digest);
    }

    static string Digest(ref EntryReader r) => r.Int() switch
    {
        -1 => r.UniqueString(),
        var length and >= 0 and <= 64 => Convert.ToBase64String(r.Bytes(length)),
        _ => throw new InvalidDataException("a document's hash has a wrong length"),
    };

    static void Longs(EntryWriter w, long[] values)
    {
        w.Int(values.Length);
        foreach (var value in values)
            w.Long(value);
    }

    static long[] Longs(ref EntryReader r)
    {
        var values = new long[r.Count()];
        for (var i = 0; i < values.Length; i++)
            values[i] = r.Long();
        return values;
    }

    /// <summary>About how many bytes <see cref="Write"/> writes.</summary>
    static long Size(ExportState state) =>
        4096 + state.Norms.Sum(n => (long)n.Length) + state.Hashes.Length * 34L + state.Sources.Length * 34L
        + state.DocValues.Sum(d => d.Length * 2L + 1) + state.Blocks.Sum(b => b.Key.Length * 2L + b.Value.Keys.Length * 5L + 8);
}
