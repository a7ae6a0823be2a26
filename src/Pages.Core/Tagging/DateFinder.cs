using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pages.Model;

namespace Pages.Tagging;

/// <summary>
/// Finds the dates an article mentions (2018年3月5日, 9月24日). A date printed without its year
/// takes the page's year where the page's date is known: a month well after the page's month is
/// taken to be last year's (an article of January that recalls 12月).
/// </summary>
internal static partial class DateFinder
{
    [GeneratedRegex(@"(?:(?<y>(?:19|20)\d{2})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex Date();

    public static ImmutableArray<MentionedDate> Find(string text, PageMeta page)
    {
        var dates = new List<MentionedDate>();
        foreach (Match match in Date().Matches(text))
        {
            var month = int.Parse(match.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
                continue;
            int? year = match.Groups["y"].Success
                ? int.Parse(match.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)
                : page.Date is { } pageDate ? (month > pageDate.Month + 1 ? pageDate.Year - 1 : pageDate.Year) : null;
            var date = new MentionedDate(year, month, day);
            if (!dates.Contains(date))
                dates.Add(date);
        }
        return [.. dates];
    }
}
