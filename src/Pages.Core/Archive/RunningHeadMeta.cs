using System.Text.RegularExpressions;
using Pages.Model;

namespace Pages.Archive;

/// <summary>
/// What a page's running head says about it (焦作市城乡一体化示范区　2015年10月29日　星期四　第5版),
/// for what the page's metadata file does not give: a page extracted with its running head is
/// dated and numbered without a .yml beside it. The metadata file, where it says, always wins.
/// Only the page's furniture is read, never an article's text, and a continuation mark (（下转第二版）)
/// names another page, not this one.
/// </summary>
internal static partial class RunningHeadMeta
{
    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex Date();

    [GeneratedRegex(@"第\s*[A-Z]?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*版")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"总?第\s*\d{1,6}\s*期")]
    private static partial Regex Edition();

    public static PageMeta Complete(PageMeta meta, IEnumerable<TextPiece> furniture)
    {
        if (meta.Date is not null && meta.PageNumber is not null && meta.Edition is not null)
            return meta;
        var (date, number, edition) = (meta.Date, meta.PageNumber, meta.Edition);
        foreach (var piece in furniture)
        {
            var text = piece.Text;
            if (text.StartsWith('（') || text.StartsWith('('))
                continue;
            if (date is null && Date().Match(text) is { Success: true } d
                && DateOnly.TryParseExact($"{d.Groups[1].Value}-{int.Parse(d.Groups[2].Value):D2}-{int.Parse(d.Groups[3].Value):D2}", "yyyy-MM-dd", out var found))
                date = found;
            if (number is null && PageNumber().Match(text) is { Success: true } n)
                number = Number(n.Groups[1].Value);
            if (edition is null && Edition().Match(text) is { Success: true } e)
                edition = e.Value.Replace(" ", "");
        }
        return meta with { Date = date, PageNumber = number, Edition = edition };
    }

    /// <summary>An Arabic number, or a Chinese one up to 九十九 (五, 十二, 二十).</summary>
    static int? Number(string text)
    {
        if (int.TryParse(text, out var n))
            return n;
        const string digits = "一二三四五六七八九";
        var ten = text.IndexOf('十');
        if (ten < 0)
            return text.Length == 1 ? digits.IndexOf(text[0]) + 1 : null;
        var tens = ten == 0 ? 1 : digits.IndexOf(text[0]) + 1;
        var ones = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1]) + 1;
        return tens * 10 + ones;
    }
}
