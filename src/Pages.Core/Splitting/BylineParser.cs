using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// Reads the people out of a byline: role words (本报记者, 通讯员, 实习生, 文/图) each followed by
/// names of two to four characters, separated by 、 or spaces. Pages pad two-character names with a
/// space to line them up with three-character ones (张 攀), and narrow columns break a name across
/// lines; both are put back together. Anything that is not roles and names makes the parse fail,
/// which is what keeps an ordinary sentence that starts with 记者 from being taken for a byline.
/// </summary>
internal static class BylineParser
{
    /// <summary>Role words, longest first so that 本报记者 wins over 记者; each with the role it names.</summary>
    static readonly (string Word, string Role)[] Roles =
    [
        ("本报特约记者", "记者"), ("本报见习记者", "记者"), ("本报实习记者", "记者"), ("本报摄影记者", "记者"),
        ("本报通讯员", "通讯员"), ("本报实习生", "实习生"), ("本报记者", "记者"),
        ("特约记者", "记者"), ("见习记者", "记者"), ("实习记者", "记者"), ("摄影记者", "记者"),
        ("特约通讯员", "通讯员"), ("通讯员", "通讯员"), ("实习生", "实习生"), ("记者", "记者"),
        ("文/图", "文图"), ("文／图", "文图"), ("图/文", "文图"), ("图／文", "文图"),
    ];

    /// <summary>The first characters of the role words: most text has none, so most positions are passed over at once.</summary>
    static readonly SearchValues<char> RoleStarts = SearchValues.Create([.. Roles.Select(r => r.Word[0]).Distinct()]);

    /// <summary>Role words in the order they should be looked for, for other parsers.</summary>
    public static IEnumerable<string> RoleWords => Roles.Select(r => r.Word);

    /// <summary>
    /// Parses <paramref name="text"/> (line breaks already removed) as nothing but roles and names.
    /// </summary>
    /// <param name="requireRole">When true, names without any role word do not count as a byline.</param>
    /// <param name="defaultRole">The role for names printed without one (摄 for a photo credit).</param>
    /// <param name="requireSurname">
    /// When true, every name must start with a known family name (<see cref="Surnames"/>): for text
    /// with nothing else around it to say it is a byline, such as a line of its own.
    /// </param>
    public static bool TryParse(string text, bool requireRole, string defaultRole, out ImmutableArray<Credit> credits, bool requireSurname = false)
    {
        credits = [];
        // Most lines tried are ordinary text: without a role word they cannot be a byline that needs one.
        if (requireRole && NextRole(text, 0) == text.Length)
            return false;
        var found = ImmutableArray.CreateBuilder<Credit>();
        var role = (string?)null;
        var sawRole = false;
        var pos = 0;
        while (pos < text.Length)
        {
            if (IsSeparator(text[pos]))
            {
                pos++;
                continue;
            }
            if (RoleAt(text, pos) is { } r)
            {
                role = r.Role;
                sawRole = true;
                pos += r.Word.Length;
                if (pos < text.Length && text[pos] is ':' or '：')
                    pos++;
                continue;
            }
            var end = NextRole(text, pos);
            if (!TrySplitNames(text.AsSpan(pos, end - pos), out var names)
                || (requireSurname && !names.All(Surnames.StartsName)))
                return false;
            foreach (var name in names)
                found.Add(new Credit(name, role ?? defaultRole));
            pos = end;
        }
        if (found.Count == 0 || (requireRole && !sawRole))
            return false;
        credits = found.ToImmutable();
        return true;
    }

    /// <summary>Between credits: spaces and commas, and the box or bullet some pages set before a byline (□本报记者 郭树勋).</summary>
    static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '、' or '，' or ',' || Ornaments.Contains(c);

    static readonly SearchValues<char> Ornaments = SearchValues.Create("□■◇◆○●◎☆★");

    static (string Word, string Role)? RoleAt(string text, int pos)
    {
        if (!RoleStarts.Contains(text[pos]))
            return null;
        foreach (var r in Roles)
            if (string.CompareOrdinal(text, pos, r.Word, 0, r.Word.Length) == 0)
                return r;
        return null;
    }

    static int NextRole(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(RoleStarts);
            if (next < 0)
                break;
            i += next;
            if (RoleAt(text, i) is not null)
                return i;
        }
        return text.Length;
    }

    /// <summary>
    /// Splits a run of names. Tokens separated only by spaces are joined where the spaces pad a name
    /// out character by character, since no name has one character: 张 攀 → 张攀, 王 正 义 → 王正义,
    /// 王 正义 → 王正义, but 郭树勋 付凯明 and 李四 张 三 stay two.
    /// </summary>
    static bool TrySplitNames(ReadOnlySpan<char> chunk, out List<string> names)
    {
        names = [];
        var current = new StringBuilder();
        var padded = false;
        var i = 0;
        var spaceBefore = false;
        while (i < chunk.Length)
        {
            var c = chunk[i];
            if (char.IsWhiteSpace(c) || c is '、' or '，' or ',')
            {
                if (c is '、' or '，' or ',')
                {
                    Flush(current, names);
                    spaceBefore = false;
                }
                else
                {
                    spaceBefore = current.Length > 0;
                }
                i++;
                continue;
            }
            var start = i;
            while (i < chunk.Length && !char.IsWhiteSpace(chunk[i]) && chunk[i] is not ('、' or '，' or ','))
                i++;
            var token = chunk[start..i];
            foreach (var ch in token)
                if (!CharClass.IsIdeograph(ch) && ch is not ('·' or '•'))
                    return false;
            // Join a single character to the name before only while that name is itself made of
            // single characters (张 攀, 王 正 义), so that 李四 张 三 stays two names.
            var join = spaceBefore && current.Length > 0 && current.Length + token.Length <= 4
                && (current.Length == 1 || (token.Length == 1 && padded));
            if (!join)
            {
                Flush(current, names);
                padded = token.Length == 1;
            }
            else
            {
                padded &= token.Length == 1;
            }
            current.Append(token);
            spaceBefore = false;
        }
        Flush(current, names);
        return names.Count > 0 && names.All(IsName);
    }

    /// <summary>Two to four characters, or a longer transcribed name joined by a middle dot (阿依古丽·买买提).</summary>
    static bool IsName(string name) => name.Length is >= 2 and <= 4 || (name.Contains('·') && name.Length <= 12);

    static void Flush(StringBuilder current, List<string> names)
    {
        if (current.Length > 0)
            names.Add(current.ToString());
        current.Clear();
    }
}
