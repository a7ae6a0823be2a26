using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// Bits as text: six to a character of <see cref="PostingsCodec.Alphabet"/>, most significant
/// first, the last character padded with zeros. A block's postings are written as bit codes
/// (<see cref="BlockCodec"/>) because whole characters per number spent five characters a posting
/// where two are enough. Mirrored by <c>Bits</c> in theme/assets/search/engine.js.
/// </summary>
internal sealed class BitTextWriter(StringBuilder text)
{
    /// <summary>Rice codes with a quotient this large are written as an escape and a gamma code instead.</summary>
    public const int RiceEscape = 16;

    ulong pending;
    int count;

    public void Bits(int value, int width)
    {
        for (var left = width; left > 0;)
        {
            var take = Math.Min(left, 32);
            left -= take;
            pending = (pending << take) | ((uint)(value >> left) & (take == 32 ? uint.MaxValue : (1u << take) - 1));
            count += take;
            while (count >= 6)
            {
                count -= 6;
                text.Append(PostingsCodec.Alphabet[(int)(pending >> count) & 63]);
            }
        }
    }

    public void Bit(bool one) => Bits(one ? 1 : 0, 1);

    /// <summary>Elias gamma of <paramref name="value"/> (at least 1): as many zeros as it has bits after its first, then its bits.</summary>
    public void Gamma(int value)
    {
        if (value < 1)
            throw new ArgumentOutOfRangeException(nameof(value), value, "gamma codes start at 1");
        var n = 31 - int.LeadingZeroCount(value);
        Bits(0, n);
        Bits(value, n + 1);
    }

    /// <summary>Rice code of <paramref name="value"/> (at least 0) with parameter <paramref name="k"/>: the quotient in unary, then k low bits.</summary>
    public void Rice(int value, int k)
    {
        var q = value >> k;
        if (q >= RiceEscape)
        {
            Bits(-1, RiceEscape);
            Gamma(value + 1);
            return;
        }
        Bits((1 << q) - 1 << 1, q + 1);
        Bits(value, k);
    }

    /// <summary>
    /// Truncated binary code of <paramref name="value"/>, one of <paramref name="count"/>: the
    /// first 2^w - count values (w the bits the largest needs) take a bit less than the others.
    /// </summary>
    public void Truncated(int value, int count)
    {
        var (width, shorter) = TruncatedWidths(count);
        if (value < shorter)
            Bits(value, width - 1);
        else
            Bits(value + shorter, width);
    }

    /// <summary>The bits the largest of <paramref name="count"/> values needs, and how many values take one bit less.</summary>
    public static (int Width, int Shorter) TruncatedWidths(int count)
    {
        var width = count <= 1 ? 0 : 32 - int.LeadingZeroCount(count - 1);
        return (width, (1 << width) - count);
    }

    /// <summary>The text, the last character padded with zeros.</summary>
    public string Finish()
    {
        Pad();
        return text.ToString();
    }

    /// <summary>Fills the last character with zero bits (the text may go on with something else).</summary>
    public void Pad()
    {
        if (count > 0)
            Bits(0, 6 - count);
    }

    /// <summary>The bits a Rice code of <paramref name="value"/> takes.</summary>
    public static int RiceBits(int value, int k) =>
        value >> k is var q && q < RiceEscape ? q + 1 + k : RiceEscape + GammaBits(value + 1);

    public static int GammaBits(int value) => 2 * (31 - int.LeadingZeroCount(value)) + 1;

    /// <summary>The Rice parameter that codes <paramref name="values"/> in the fewest bits, tried around the one their mean suggests.</summary>
    public static int BestRice(ReadOnlySpan<int> values)
    {
        if (values.IsEmpty)
            return 0;
        long sum = 0;
        foreach (var v in values)
            sum += v;
        // For geometric values the best parameter is near log2(ln 2 * mean).
        var mean = (double)sum / values.Length;
        var guess = mean < 2 ? 0 : Math.Min(15, (int)Math.Log2(mean * 0.69314718));
        var (best, bestBits) = (0, long.MaxValue);
        for (var k = Math.Max(0, guess - 1); k <= Math.Min(15, guess + 1); k++)
        {
            long bits = 0;
            foreach (var v in values)
                bits += RiceBits(v, k);
            if (bits < bestBits)
                (best, bestBits) = (k, bits);
        }
        return best;
    }
}

/// <summary>
/// Reads what <see cref="BitTextWriter"/> wrote; a character outside the alphabet or a read past
/// the end is a <see cref="FormatException"/>. Up to ten characters' bits are held in one word, so
/// a field of bits is a shift and a mask and a Rice code's run of ones one count of leading bits:
/// read bit by bit, decoding was most of what an update reading back a thousand blocks did.
/// </summary>
internal struct BitTextReader(string text)
{
    int at;

    /// <summary>The next <see cref="left"/> bits to read, at the low end (bits above them are stale).</summary>
    ulong buffer;
    int left;

    /// <summary>Whether every character is read but for zero bits of padding in the last.</summary>
    public readonly bool AtEnd => at == text.Length && left < 6 && (buffer & ((1UL << left) - 1)) == 0;

    /// <summary>Takes characters while a whole one fits.</summary>
    void Fill()
    {
        while (left <= 58 && at < text.Length)
        {
            buffer = (buffer << 6) | (uint)PostingsCodec.Group(text[at++]);
            left += 6;
        }
    }

    public int Bit() => Bits(1);

    public int Bits(int width)
    {
        if (width == 0)
            return 0;
        if (left < width)
        {
            Fill();
            if (left < width)
                throw new FormatException("the bits end early");
        }
        left -= width;
        return (int)((buffer >> left) & ((1UL << width) - 1));
    }

    public int Gamma()
    {
        var n = 0;
        while (Bit() == 0)
            if (++n > 30)
                throw new FormatException("a gamma code is too long");
        return (1 << n) | Bits(n);
    }

    public int Truncated(int count)
    {
        var (width, shorter) = BitTextWriter.TruncatedWidths(count);
        if (width == 0)
            return 0;
        var value = Bits(width - 1);
        return value < shorter ? value : (value << 1 | Bit()) - shorter;
    }

    public int Rice(int k)
    {
        // The quotient in unary: ones ended by a zero, or RiceEscape ones and the value in gamma.
        var q = 0;
        while (true)
        {
            if (left == 0)
            {
                Fill();
                if (left == 0)
                    throw new FormatException("the bits end early");
            }
            var ones = System.Numerics.BitOperations.LeadingZeroCount(~(buffer << (64 - left)));
            if (q + ones >= BitTextWriter.RiceEscape)
            {
                left -= BitTextWriter.RiceEscape - q;
                return Gamma() - 1;
            }
            if (ones < left)
            {
                left -= ones + 1;
                return ((q + ones) << k) | Bits(k);
            }
            (q, left) = (q + left, 0);
        }
    }
}
