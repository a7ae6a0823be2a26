using System.Text.RegularExpressions;

namespace Pages.Splitting;

/// <summary>
/// Page furniture: what a page prints that belongs to no article. The masthead comes from the
/// configuration; the rest are conventions of Chinese newspapers in general (版次, 责任编辑, the
/// date line, a running head of masthead, date and 版次 on one line, 上接/下转 continuation marks),
/// so they hold for pages nobody here has seen.
/// </summary>
internal static partial class FurnitureRules
{
    [GeneratedRegex(@"^(?:第\s*[\d一二三四五六七八九十]+\s*版|[A-Z]?\d{1,2}\s*版)(?:\s|$|：|:)")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:(?:责任编辑|本版编辑|责编|编辑|校对|美编|版式设计|版式|组版|审读|值班主任)\s*[:：]?\s*\p{IsCJKUnifiedIdeographs}(?:\s?\p{IsCJKUnifiedIdeographs}){1,3}\s*)+$")]
    private static partial Regex EditorLine();

    [GeneratedRegex(@"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[（(]\s*(?:上接|下转|转|接)\s*第?\s*[\d一二三四五六七八九十A-Z]+\s*版[^）)]{0,12}[）)]$")]
    private static partial Regex ContinuationMark();

    [GeneratedRegex(@"[（(]\s*(?:下转|转)\s*第?\s*[\d一二三四五六七八九十A-Z]+\s*版[^（()）]{0,12}[）)]\s*$")]
    private static partial Regex TrailingContinuationMark();

    /// <summary>
    /// Whether the text ends with a mark that sends the reader to another page (……措施落实。（下转第二版）):
    /// the article's text stops there, though the mark is no stop.
    /// </summary>
    public static bool EndsWithContinuationMark(string text) => (text.EndsWith('）') || text.EndsWith(')')) && TrailingContinuationMark().IsMatch(text);

    /// <summary>One part of a running head: a date, a weekday, a page number or an issue number (第8123期, 总第5000期).</summary>
    [GeneratedRegex(@"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:(?:星期|周)[一二三四五六日天])?|(?:星期|周)[一二三四五六日天]|第?\s*[A-Z]?\d{1,2}\s*版|第\s*[一二三四五六七八九十]{1,3}\s*版|总?第\s*\d{1,6}\s*期|农历\S{2,8})$")]
    private static partial Regex RunningHeadPart();

    /// <summary>True when the line is furniture; <paramref name="atTop"/> when only furniture stands above it.</summary>
    public static bool IsFurniture(string line, bool atTop, SplitterOptions options)
    {
        if (atTop && IsMasthead(line, options))
            return true;
        if (line.Length > 60)
            return false;
        if (IsRunningHead(line, options))
            return true;
        if (line.Length > 40)
            return false;
        return PageNumber().IsMatch(line) || EditorLine().IsMatch(line) || DateLine().IsMatch(line)
            || ContinuationMark().IsMatch(line);
    }

    /// <summary>
    /// A running head or foot: parts set apart by spaces, each the paper's or a section's name, a
    /// date, a weekday, a page number or an issue number, at least one of them a date or a page
    /// number (焦作市城乡一体化示范区　　2015年10月29日　星期四　　第5版).
    /// </summary>
    static bool IsRunningHead(string line, SplitterOptions options)
    {
        // Every line of a page is asked: most have neither a date nor a page number, and are not split.
        if (line.IndexOf('年') < 0 && line.IndexOf('版') < 0)
            return false;
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
            return false;
        var dated = false;
        foreach (var part in parts)
        {
            if (RunningHeadPart().IsMatch(part))
                dated |= part.Contains('年') || part.Contains('版');
            else if (!IsMasthead(part, options))
                return false;
        }
        return dated;
    }

    /// <summary>
    /// The line is a masthead as configured, spaces aside, or one character off one of six or
    /// more (a character misread, lost or added in extracting the text: 焦作市城乡一体化示范昼).
    /// Not more: a headline may begin with a section's name, but not be it with a character changed.
    /// </summary>
    static bool IsMasthead(string line, SplitterOptions options)
    {
        var compact = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
        return options.Mastheads.Select(m => string.Concat(m.Where(c => !char.IsWhiteSpace(c)))).Any(m =>
            m.Length > 0 && (m == compact || m.Length >= 6 && OneEditApart(m, compact)));
    }

    /// <summary>Whether one character substituted, inserted or deleted turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
            return false;
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
            start++;
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
            (endA, endB) = (endA - 1, endB - 1);
        return endA - start <= 1 && endB - start <= 1;
    }
}
