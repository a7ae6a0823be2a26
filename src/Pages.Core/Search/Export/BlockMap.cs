using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// A large term's documents in document order, each with the block (in impact order) that holds its
/// posting: the file <see cref="SearchShards.OwnMap"/>. A query that joins a frequent term with a
/// rare one finds its candidates in the rare term's postings; with the map the client loads only
/// the frequent term's blocks that hold those candidates instead of every block down to the one
/// where the bound falls (the ten best matches of "示范区 党工委" on 20,000 articles were all in the
/// tenth block of 示范). Bits (<see cref="BitTextWriter"/>): the count (gamma), the Rice parameter
/// of the gaps (4 bits), then per document its gap less one (Rice) and its block counted from the
/// last, in truncated binary (the reader knows the block count from the term's header): the last
/// blocks are the largest (<see cref="SearchExportOptions.MaxBlock"/>), so most documents take the
/// shorter codes (示范 on 20,000 articles: 5.5 bits a document instead of 6.2 with whole widths).
/// A map is cut into parts of about <see cref="SearchExportOptions.MapPart"/> documents, each a
/// file (the header's <see cref="TermHeader.M"/> says where each starts): the client reads the
/// parts that list its best open candidates, k at a time (among ties the lowest numbers, which
/// share parts), not the whole map. A part ends where its documents' hashes say
/// (<see cref="BlockCuts"/>), not at a count: a document more or fewer then changes its own part,
/// where with fixed counts every later part moved by one (an article split on an old page wrote
/// every part of each frequent term it holds again: <see cref="BlockMapUpdate"/>).
/// Mirrored by <c>readMap</c> in theme/assets/search/engine.js.
/// </summary>
internal static class BlockMap
{
    /// <summary>The map of <paramref name="docs"/> (ascending) and their <paramref name="blocks"/>, for a term of <paramref name="blockCount"/> blocks.</summary>
    public static string Encode(ReadOnlySpan<int> docs, ReadOnlySpan<int> blocks, int blockCount)
    {
        var gaps = new int[docs.Length];
        for (var (i, previous) = (0, -1); i < docs.Length; previous = docs[i++])
            gaps[i] = docs[i] - previous - 1;
        var k = BitTextWriter.BestRice(gaps);
        var bits = new BitTextWriter(new StringBuilder(docs.Length + 4));
        bits.Gamma(docs.Length);
        bits.Bits(k, 4);
        for (var i = 0; i < docs.Length; i++)
        {
            bits.Rice(gaps[i], k);
            bits.Truncated(blockCount - 1 - blocks[i], blockCount);
        }
        return bits.Finish();
    }

    /// <summary>
    /// The map cut into parts of about <paramref name="part"/> documents (<see cref="PartEnds"/>),
    /// and the first document of each part after the first (null for a map in one part).
    /// </summary>
    public static (string[] Parts, int[]? Starts) Split(int[] docs, int[] blocks, int blockCount, int part)
    {
        var ends = PartEnds(docs, part);
        var parts = new string[ends.Count];
        for (var (p, from) = (0, 0); p < parts.Length; from = ends[p++])
            parts[p] = Encode(docs.AsSpan(from, ends[p] - from), blocks.AsSpan(from, ends[p] - from), blockCount);
        return (parts, parts.Length == 1 ? null : [.. ends.SkipLast(1).Select(end => docs[end])]);
    }

    /// <summary>Where each part of a map of <paramref name="docs"/> ends (the last with the list).</summary>
    public static List<int> PartEnds(IReadOnlyList<int> docs, int part)
    {
        var ends = new List<int>();
        for (var start = 0; start < docs.Count || ends.Count == 0;)
        {
            var end = BlockCuts.End(start, docs.Count, part, i => docs[i]);
            start = end < 0 ? docs.Count : end;
            ends.Add(start);
        }
        return ends;
    }

    /// <summary>The block of every document in the parts; null when one is not a part of a map of <paramref name="blockCount"/> blocks.</summary>
    public static Dictionary<int, int>? Decode(IEnumerable<string> parts, int blockCount)
    {
        var map = new Dictionary<int, int>();
        foreach (var text in parts)
        {
            if (Decode(text, blockCount) is not { } part)
                return null;
            for (var i = 0; i < part.Docs.Length; i++)
                map[part.Docs[i]] = part.Blocks[i];
        }
        return map;
    }

    /// <summary>The documents of a part (ascending) and their blocks; null when the text is not a map of <paramref name="blockCount"/> blocks.</summary>
    public static (int[] Docs, int[] Blocks)? Decode(string text, int blockCount)
    {
        var (docs, blocks) = (new List<int>(), new List<int>());
        return DecodeInto(text, blockCount, docs, blocks) ? ([.. docs], [.. blocks]) : null;
    }

    /// <summary>
    /// Appends a part's documents (ascending) and their blocks to the lists (an update reads a run
    /// of parts into lists it keeps from term to term); false when the text is not a map of
    /// <paramref name="blockCount"/> blocks, the lists then holding what was read of it.
    /// </summary>
    public static bool DecodeInto(string text, int blockCount, List<int> docs, List<int> blocks)
    {
        try
        {
            var bits = new BitTextReader(text);
            var (count, k) = (bits.Gamma(), bits.Bits(4));
            if (count > text.Length * 6)
                return false;
            docs.EnsureCapacity(docs.Count + count);
            blocks.EnsureCapacity(blocks.Count + count);
            for (var (i, doc) = (0, -1); i < count; i++)
            {
                docs.Add(doc += bits.Rice(k) + 1);
                blocks.Add(blockCount - 1 - bits.Truncated(blockCount));
            }
            return bits.AtEnd;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The map of a term cut into blocks as <see cref="TermBlocks.Make"/> cuts it: <paramref name="ranked"/>
    /// are the term's entries in impact order, <paramref name="ends"/> where each block ends in it.
    /// </summary>
    public static (string[] Parts, int[]? Starts) Of(int[] docs, ReadOnlySpan<int> ranked, List<int> ends, int part)
    {
        var blocks = new int[docs.Length];
        for (var (b, start) = (0, 0); b < ends.Count; start = ends[b++])
            foreach (var entry in ranked[start..ends[b]])
                blocks[entry] = b;
        return Split(docs, blocks, ends.Count, part);
    }
}
