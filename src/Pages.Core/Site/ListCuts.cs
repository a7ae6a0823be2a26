using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Pages.Site;

/// <summary>
/// Where a long list of articles (a township's, topic's, author's or year's, oldest first) is cut
/// into pages: a page holds at least <see cref="Least"/> articles and ends at the first article
/// after those whose id's hash hits (one in <see cref="Spread"/>), or at <see cref="Most"/>; about
/// 95 articles a page. Cut every hundred articles, one article added on an old page (a split
/// correction, a page added to an old issue) moved every later article to the next page, and a
/// 5,000-page archive rendered the 500 pages of its long lists again. Cut where the articles say,
/// the pages after the one that gains or loses an article end where they ended as soon as one does,
/// usually the next cut; they keep their numbers unless the change adds or removes a cut.
/// </summary>
public static class ListCuts
{
    public const int Least = 64;
    public const int Spread = 32;
    public const int Most = 192;

    /// <summary>The pages of a list of <paramref name="count"/> items (their start and length), whose ids <paramref name="id"/> gives; one page for an empty list.</summary>
    public static List<(int Start, int Length)> Pages(int count, Func<int, string> id)
    {
        var pages = new List<(int, int)>();
        var start = 0;
        for (var i = start + Least - 1; i < count - 1; i++)
        {
            if (i - start + 1 < Most && !Hits(id(i)))
                continue;
            pages.Add((start, i + 1 - start));
            start = i + 1;
            i = start + Least - 2;
        }
        pages.Add((start, count - start));
        return pages;
    }

    /// <summary>Whether the id's hash falls in the one part of <see cref="Spread"/> that ends a page.</summary>
    static bool Hits(string id) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id.AsSpan())) % Spread == 0;
}
