using System.Text;

namespace Pages.Search.Export;

/// <summary>
/// Non-negative integers as text: little-endian groups of five bits, one character each from a
/// 64-character alphabet, the sixth bit saying another group follows. Text rather than arrays
/// because a JSON array of small numbers costs two to four bytes a number and this one to two,
/// and it needs no escaping inside a script. Mirrored by <c>decode</c> in theme/assets/search/engine.js.
/// </summary>
public static class PostingsCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static void Write(StringBuilder to, int value)
    {
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "only non-negative numbers are encoded");
        do
        {
            var group = value & 31;
            value >>= 5;
            to.Append(Alphabet[value > 0 ? group | 32 : group]);
        }
        while (value > 0);
    }

    /// <summary>Each character's group, -1 for a character not in the alphabet.</summary>
    static readonly sbyte[] Groups = MakeGroups();

    static sbyte[] MakeGroups()
    {
        var groups = Enumerable.Repeat((sbyte)-1, 128).ToArray();
        for (var i = 0; i < Alphabet.Length; i++)
            groups[Alphabet[i]] = (sbyte)i;
        return groups;
    }

    /// <summary>A character's six bits; a <see cref="FormatException"/> for a character not in the alphabet.</summary>
    public static int Group(char c) =>
        c < 128 && Groups[c] is var group and >= 0 ? group : throw new FormatException($"'{c}' is not a character of the postings alphabet");

    public static List<int> Read(string text)
    {
        var values = new List<int>(text.Length);
        var at = 0;
        while (TryNext(text, ref at, out var value))
            values.Add(value);
        return values;
    }

    /// <summary>
    /// The number at <paramref name="at"/>, moving past it; false at the end of the text or when
    /// the text ends inside a number. A character not in the alphabet is a <see cref="FormatException"/>.
    /// </summary>
    public static bool TryNext(string text, ref int at, out int value)
    {
        (value, var shift) = (0, 0);
        while (at < text.Length)
        {
            var group = Group(text[at++]);
            value |= (group & 31) << shift;
            shift += 5;
            if ((group & 32) == 0)
                return true;
        }
        return false;
    }

    /// <summary>Ascending document numbers as gaps (the first from -1, so every gap is at least 1).</summary>
    public static string DocList(IEnumerable<int> docs)
    {
        var text = new StringBuilder();
        var previous = -1;
        foreach (var doc in docs)
        {
            Write(text, doc - previous);
            previous = doc;
        }
        return text.ToString();
    }
}
