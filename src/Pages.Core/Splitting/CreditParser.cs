using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>A photo credit found at the end of a paragraph.</summary>
/// <param name="Start">Where the credit starts in the paragraph's raw text.</param>
internal sealed record PhotoCredit(int Start, string Text, ImmutableArray<Credit> Credits);

/// <summary>
/// Finds the credit that ends a picture caption: 本报记者 王正义 摄, 通讯员 李四 摄影, 王正义 摄,
/// （本报记者 刘金元 摄）. In narrow caption columns the credit is broken over lines (本报记\n者 王 正\n义 摄),
/// so this reads a paragraph's joined lines. Everyone in a credit gets the role 摄.
/// </summary>
internal static partial class CreditParser
{
    /// <summary>How far before the 摄 a credit may start.</summary>
    const int MaxCreditLength = 40;

    [GeneratedRegex(@"(?:摄影报道|摄影|摄|供图)\s*[）)]?\s*$")]
    private static partial Regex Suffix();

    /// <summary>The credit that ends <paramref name="raw"/>, or null.</summary>
    public static PhotoCredit? Parse(string raw)
    {
        var suffix = Suffix().Match(raw);
        if (!suffix.Success)
            return null;
        for (var p = Math.Max(0, suffix.Index - MaxCreditLength); p < suffix.Index; p++)
        {
            if (!CanStartAt(raw, p))
                continue;
            var names = raw[p..suffix.Index];
            if (names.Length > 0 && names[0] is '（' or '(')
                names = names[1..];
            if (TryParseNames(Reflow.Byline(names), out var credits))
                return new PhotoCredit(p, Reflow.Byline(raw[p..]), credits);
        }
        return null;
    }

    /// <summary>True when the whole line is a credit.</summary>
    public static bool IsWholeLine(string line) => Parse(line) is { Start: 0 };

    static bool CanStartAt(string raw, int p)
    {
        if (char.IsWhiteSpace(raw[p]))
            return false;
        if (p == 0)
            return true;
        var before = raw[p - 1];
        return char.IsWhiteSpace(before) || Punctuation.IsSentenceEnd(before) || Punctuation.IsClosing(before)
            || before is '，' or '；' or '（' or '(';
    }

    /// <summary>
    /// Names with roles (本报记者 王正义) or names alone (王正义), but never names before the first
    /// role word: in 图为巾帼 本报记者 付凯明 the first "name" is the end of the caption.
    /// </summary>
    static bool TryParseNames(string text, out ImmutableArray<Credit> credits)
    {
        credits = [];
        var hasRole = BylineParser.RoleWords.Any(text.Contains);
        if (hasRole && !BylineParser.RoleWords.Any(text.StartsWith))
            return false;
        // Names with no role word before them need a family name to be believed (李万街道 摄 is no credit).
        if (!BylineParser.TryParse(text, requireRole: false, defaultRole: "摄", out var parsed, requireSurname: !hasRole) || parsed.Length > 4)
            return false;
        credits = [.. parsed.Select(c => c with { Role = "摄" })];
        return true;
    }
}
