using System.Text.RegularExpressions;
using Pages.Model;

namespace Pages.Splitting;

/// <summary>What kind of article this is, beyond the news/photo decision the assembler makes.</summary>
internal static partial class KindRules
{
    [GeneratedRegex(@"(?:公告|通告|启事|声明|公示|告知书|通知)$")]
    private static partial Regex NoticeTitle();

    public static ArticleKind Decide(Article article)
    {
        if (article.Kind == ArticleKind.Photo)
            return ArticleKind.Photo;
        if (article.Title is { } title && NoticeTitle().IsMatch(title.Text) && article.Byline is null)
            return ArticleKind.Notice;
        return article.Kind;
    }
}
