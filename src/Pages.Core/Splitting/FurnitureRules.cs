using System.Text.RegularExpressions;

namespace Pages.Splitting;

/// <summary>
/// Page furniture: what a page prints that belongs to no article. The masthead comes from the
/// configuration; the rest are conventions of Chinese newspapers in general (版次, 责任编辑, the
/// date line, 上接/下转 continuation marks), so they hold for pages nobody here has seen.
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

    /// <summary>True when the line is furniture; <paramref name="atTop"/> when only furniture stands above it.</summary>
    public static bool IsFurniture(string line, bool atTop, SplitterOptions options)
    {
        if (atTop && IsMasthead(line, options))
            return true;
        if (line.Length > 40)
            return false;
        return PageNumber().IsMatch(line) || EditorLine().IsMatch(line) || DateLine().IsMatch(line)
            || ContinuationMark().IsMatch(line);
    }

    static bool IsMasthead(string line, SplitterOptions options)
    {
        var compact = string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
        return options.Mastheads.Any(m => m.Length > 0 && string.Concat(m.Where(c => !char.IsWhiteSpace(c))) == compact);
    }
}
