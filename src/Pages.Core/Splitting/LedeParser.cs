using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>What a 电头 at the start of a paragraph holds.</summary>
/// <param name="Length">How many characters of the paragraph's raw text the 电头 takes.</param>
/// <param name="IsFollowUp">True for 又讯: a second report printed under the same headline.</param>
internal sealed record Lede(int Length, string Text, ImmutableArray<Credit> Credits, bool IsFollowUp);

/// <summary>
/// Finds the 电头 (dateline) that opens a news report: 本报讯, 又讯, 本报北京电, 新华社郑州9月24日电,
/// with the reporters in brackets after it: 本报讯（记者郭树勋、付凯明）. The brackets are often cut
/// by a line break (本报讯 （通讯员李艳\n菊）), so this works on a paragraph's joined lines. Some
/// reports set the reporters without brackets, between spaces (本报讯 记者 郭树勋 通讯员 卢立明 11月14日，…):
/// those are taken only when they name a role and every name starts with a family name, and the
/// report's text begins after the last of them.
/// </summary>
internal static partial class LedeParser
{
    [GeneratedRegex(@"^(?<tag>本报讯|又讯|本报[^\s（(，。、]{1,12}?电|(?:新华社|中新社|人民网|新华网|央视网)[^\s（(，。、]{0,16}?电)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*[（(](?<inner>[^（()）。，；]{1,60}?)[）)]")]
    private static partial Regex Brackets();

    /// <summary>True when a line starts with a 电头 (the brackets need not be complete on the line).</summary>
    public static bool StartsLine(ReadOnlySpan<char> line) => Tag().IsMatch(line);

    /// <summary>The 电头 at the start of <paramref name="raw"/>, or null.</summary>
    public static Lede? Parse(string raw)
    {
        var tag = Tag().Match(raw);
        if (!tag.Success)
            return null;
        var length = tag.Length;
        var credits = ImmutableArray<Credit>.Empty;
        var brackets = Brackets().Match(raw, length, raw.Length - length);
        if (brackets.Success && brackets.Index == length)
        {
            var inner = Reflow.Byline(brackets.Groups["inner"].Value);
            if (BylineParser.TryParse(inner, requireRole: false, defaultRole: "记者", out var found))
            {
                credits = found;
                length += brackets.Length;
            }
        }
        else if (Unbracketed(raw, length) is { } open)
        {
            (credits, length) = open;
        }
        var isFollowUp = tag.Groups["tag"].Value == "又讯";
        return new Lede(length, Reflow.Byline(raw[..length]), credits, isFollowUp);
    }

    /// <summary>How far reporters set between spaces after the tag reach (to the end of the longest run that is nothing but roles and names), with them; null when none do.</summary>
    static (ImmutableArray<Credit> Credits, int Length)? Unbracketed(string raw, int from)
    {
        if (from >= raw.Length || !char.IsWhiteSpace(raw[from]))
            return null;
        (ImmutableArray<Credit> Credits, int Length)? best = null;
        // A run ends where a space does; ten words are more than any byline has.
        for (var (end, words) = (from, 0); end < raw.Length && words < 10; words++)
        {
            while (end < raw.Length && char.IsWhiteSpace(raw[end]))
                end++;
            while (end < raw.Length && !char.IsWhiteSpace(raw[end]))
                end++;
            if (end < raw.Length && BylineParser.TryParse(Reflow.Byline(raw[from..end]), requireRole: true, defaultRole: "记者", out var found, requireSurname: true))
                best = (found, end);
        }
        return best;
    }
}
