using System.Runtime.InteropServices;
using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// One block's postings in document order, as <see cref="BlockCodec"/> writes and reads them: per
/// posting its document and per field its frequency (0 where the field lacks the term) and norm
/// byte; its positions per field holding the term, in field order, one after another.
/// </summary>
internal sealed class BlockPostings(int fields)
{
    public int Fields => fields;

    public List<int> Docs { get; } = [];

    /// <summary>Per posting and field (Count × Fields).</summary>
    public List<int> Freqs { get; } = [];

    /// <summary>Per posting and field (Count × Fields); 0 where the field lacks the term.</summary>
    public List<byte> Norms { get; } = [];

    public List<int> Positions { get; } = [];

    public int Count => Docs.Count;

    public int Freq(int i, int f) => Freqs[i * fields + f];

    public byte Norm(int i, int f) => Norms[i * fields + f];

    public int Mask(int i)
    {
        var mask = 0;
        for (var f = 0; f < fields; f++)
            if (Freqs[i * fields + f] > 0)
                mask |= 1 << f;
        return mask;
    }

    public void Clear()
    {
        Docs.Clear();
        Freqs.Clear();
        Norms.Clear();
        Positions.Clear();
    }

    /// <summary>Starts a posting; its fields' frequencies and norms follow with <see cref="Field"/>, in field order.</summary>
    public void Add(int doc)
    {
        Docs.Add(doc);
        for (var f = 0; f < fields; f++)
        {
            Freqs.Add(0);
            Norms.Add(0);
        }
    }

    /// <summary>The last posting's field <paramref name="f"/>: its frequency, norm byte and positions (ascending).</summary>
    public void Field(int f, byte norm, ReadOnlySpan<int> positions)
    {
        var at = (Docs.Count - 1) * fields + f;
        Freqs[at] = positions.Length;
        Norms[at] = norm;
        Positions.AddRange(positions);
    }
}

/// <summary>
/// A block of a term's postings as two texts of bits (<see cref="BitTextWriter"/>), so that a
/// posting costs about two characters rather than five (measured over every block of the 20,000
/// article benchmark archive: 5.42 characters a posting in format 5, 2.07 in this one; positions
/// 0.83 of their size). Postings: the count (gamma); the Rice parameter of the document gaps (4
/// bits); the block's commonest field mask; per field whether the block has it and then its
/// smallest norm byte (8 bits) and how many bits the others take above it (4 bits). Then per
/// posting: its gap less one (Rice), 0 for the common mask or 1 and the mask, and per field in the
/// mask its frequency (gamma) and norm above the smallest. Positions: in pieces joined by '.'
/// (<see cref="PieceEnds"/>), each one Rice parameter, then per posting and field, each position's
/// gap from the last (from -1) less one. A block's numbers are what the parameters are chosen
/// from, so the same postings always give the same texts. Mirrored by <c>readBlock</c> and
/// <c>readPiece</c> in theme/assets/search/engine.js.
/// <para>
/// Pieces, because a phrase needs the positions of a few documents of a frequent term's block (the
/// ones that can make the results), and a block of 1,024 documents has 7–20 KB of them: a piece is
/// a file of its own (<see cref="SearchShards.OwnPositions"/>).
/// </para>
/// </summary>
internal static class BlockCodec
{
    [ThreadStatic]
    static List<int>? values;

    /// <summary>Joins a block's position pieces in one text (no piece has this character).</summary>
    public const char PieceSeparator = '.';

    public static (string Postings, string Positions) Encode(BlockPostings block, int piecePositions)
    {
        var fields = block.Fields;
        var scratch = values ??= [];
        var postings = new BitTextWriter(new StringBuilder(block.Count * 2 + 8));
        postings.Gamma(block.Count);
        scratch.Clear();
        for (var (i, previous) = (0, -1); i < block.Count; previous = block.Docs[i++])
            scratch.Add(block.Docs[i] - previous - 1);
        var k = BitTextWriter.BestRice(CollectionsMarshal.AsSpan(scratch));
        postings.Bits(k, 4);
        var common = CommonMask(block);
        postings.Bits(common, fields);
        Span<int> bases = stackalloc int[fields], widths = stackalloc int[fields];
        for (var f = 0; f < fields; f++)
        {
            var (low, high) = (int.MaxValue, -1);
            for (var i = 0; i < block.Count; i++)
                if (block.Freq(i, f) > 0)
                    (low, high) = (Math.Min(low, block.Norm(i, f)), Math.Max(high, block.Norm(i, f)));
            postings.Bit(high >= 0);
            if (high < 0)
                continue;
            (bases[f], widths[f]) = (low, high == low ? 0 : 32 - int.LeadingZeroCount(high - low));
            postings.Bits(low, 8);
            postings.Bits(widths[f], 4);
        }
        for (var i = 0; i < block.Count; i++)
        {
            postings.Rice(scratch[i], k);
            var mask = block.Mask(i);
            postings.Bit(mask != common);
            if (mask != common)
                postings.Bits(mask, fields);
            for (var f = 0; f < fields; f++)
            {
                if (block.Freq(i, f) == 0)
                    continue;
                postings.Gamma(block.Freq(i, f));
                postings.Bits(block.Norm(i, f) - bases[f], widths[f]);
            }
        }
        return (postings.Finish(), Positions(block, piecePositions));
    }

    /// <summary>
    /// Where the block's position pieces end (postings' indexes, the last one the count): a piece
    /// ends after the posting that brings its positions to <paramref name="piecePositions"/>. Made
    /// from the frequencies alone, so the client knows each document's piece from the postings, and
    /// positions that move without changing a frequency keep their pieces.
    /// </summary>
    public static List<int> PieceEnds(BlockPostings block, int piecePositions)
    {
        var ends = new List<int>();
        var sum = 0;
        for (var i = 0; i < block.Count; i++)
        {
            for (var f = 0; f < block.Fields; f++)
                sum += block.Freq(i, f);
            if (sum >= piecePositions && i < block.Count - 1)
            {
                ends.Add(i + 1);
                sum = 0;
            }
        }
        ends.Add(block.Count);
        return ends;
    }

    /// <summary>The block's positions text alone (its postings text does not depend on the positions).</summary>
    public static string Positions(BlockPostings block, int piecePositions)
    {
        var scratch = values ??= [];
        var text = new StringBuilder(block.Positions.Count * 2 + 2);
        var (at, from) = (0, 0);
        foreach (var end in PieceEnds(block, piecePositions))
        {
            scratch.Clear();
            for (var i = from; i < end; i++)
                for (var f = 0; f < block.Fields; f++)
                    for (var (j, last) = (0, -1); j < block.Freq(i, f); j++)
                    {
                        var position = block.Positions[at++];
                        scratch.Add(position - last - 1);
                        last = position;
                    }
            if (from > 0)
                text.Append(PieceSeparator);
            var k = BitTextWriter.BestRice(CollectionsMarshal.AsSpan(scratch));
            var positions = new BitTextWriter(text);
            positions.Bits(k, 4);
            foreach (var gap in scratch)
                positions.Rice(gap, k);
            positions.Pad();
            from = end;
        }
        return text.ToString();
    }

    /// <summary>The mask most postings have (the smaller of two as common).</summary>
    static int CommonMask(BlockPostings block)
    {
        Span<int> counts = stackalloc int[1 << block.Fields];
        var best = 0;
        for (var i = 0; i < block.Count; i++)
        {
            var mask = block.Mask(i);
            counts[mask]++;
            if (counts[mask] > counts[best] || (counts[mask] == counts[best] && mask < best))
                best = mask;
        }
        return best;
    }

    /// <summary>How many position pieces the block of <paramref name="postingsText"/> has; null when it is not a block of <paramref name="fields"/> fields.</summary>
    public static int? PieceCount(string postingsText, int fields, int piecePositions)
    {
        // Lists kept a thread (an update asks this of every block it reads).
        var block = countScratch is { } s && s.Fields == fields ? s : countScratch = new BlockPostings(fields);
        return DecodePostings(postingsText, block) ? PieceEnds(block, piecePositions).Count : null;
    }

    [ThreadStatic]
    static BlockPostings? countScratch;

    /// <summary>Reads a block into <paramref name="into"/> (cleared first); false when the texts are not a block of <paramref name="fields"/> fields.</summary>
    public static bool Decode(string postingsText, string positionsText, BlockPostings into, int piecePositions) =>
        DecodePostings(postingsText, into) && DecodePositions(positionsText.Split(PieceSeparator), into, piecePositions);

    /// <summary>
    /// Reads a block's positions, piece by piece, into <paramref name="into"/>, which holds its
    /// postings (<see cref="DecodePostings"/>); false when they are not the positions of those postings.
    /// </summary>
    public static bool DecodePositions(IReadOnlyList<string> pieces, BlockPostings into, int piecePositions)
    {
        try
        {
            var ends = PieceEnds(into, piecePositions);
            if (pieces.Count != ends.Count)
                return false;
            var fields = into.Fields;
            for (var (p, from) = (0, 0); p < pieces.Count; from = ends[p++])
            {
                var positions = new BitTextReader(pieces[p]);
                var kp = positions.Bits(4);
                for (var at = from * fields; at < ends[p] * fields; at++)
                    for (var (j, last) = (0, -1); j < into.Freqs[at]; j++)
                        into.Positions.Add(last += positions.Rice(kp) + 1);
                if (!positions.AtEnd)
                    return false;
            }
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Reads a block's postings into <paramref name="into"/> (cleared first), its positions aside; false when the text is not postings of <paramref name="into"/>'s fields.</summary>
    public static bool DecodePostings(string postingsText, BlockPostings into)
    {
        into.Clear();
        try
        {
            var fields = into.Fields;
            var postings = new BitTextReader(postingsText);
            var count = postings.Gamma();
            var k = postings.Bits(4);
            var common = postings.Bits(fields);
            Span<int> bases = stackalloc int[fields], widths = stackalloc int[fields];
            for (var f = 0; f < fields; f++)
                if (postings.Bit() == 1)
                    (bases[f], widths[f]) = (postings.Bits(8), postings.Bits(4));
            var doc = -1;
            for (var i = 0; i < count; i++)
            {
                doc += postings.Rice(k) + 1;
                var mask = postings.Bit() == 1 ? postings.Bits(fields) : common;
                into.Add(doc);
                for (var f = 0; f < fields; f++)
                {
                    if ((mask & (1 << f)) == 0)
                        continue;
                    var freq = postings.Gamma();
                    var norm = bases[f] + postings.Bits(widths[f]);
                    if (norm > 255)
                        return false;
                    into.Freqs[i * fields + f] = freq;
                    into.Norms[i * fields + f] = (byte)norm;
                }
            }
            return postings.AtEnd;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
