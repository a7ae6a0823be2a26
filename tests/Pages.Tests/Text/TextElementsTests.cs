using System.Globalization;
using Pages.Text;

namespace Pages.Tests.Text;

/// <summary>Text elements counted and cut as <see cref="StringInfo"/> does, quick path or not.</summary>
public sealed class TextElementsTests
{
    /// <summary>Pieces that stand alone and pieces that join what is next to them (accents, emoji, jamo, kana marks, line ends).</summary>
    static readonly string[] Pieces =
    [
        "示范区", "，", "A", "1", " ", "é", "e\u0301", "\u1100\u1161\u11A8", "한", "か\u3099", "ｶﾞ", "👍🏽", "👨‍👩‍👧", "🇨🇳",
        "❤\uFE0F", "\r\n", "\n", "\u200D", "\u0915\u094D\u0937", "\u0600\u0661", "“", "—", "①", "\u302A", "\uD842\uDFB7",
    ];

    [Fact]
    public void Counts_and_cuts_match_the_framework_on_random_mixtures()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var info = new StringInfo(text);
            Assert.Equal(info.LengthInTextElements, TextElements.Count(text));
            for (var n = 0; n < info.LengthInTextElements; n++)
                Assert.Equal(info.SubstringByTextElements(0, n), TextElements.Take(text, n));
        }
    }

    [Fact]
    public void A_sample_article_on_one_line_is_counted_as_the_framework_counts_it()
    {
        var text = Repo.LoadSample(Directory.EnumerateFiles(Repo.PagesFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order().First()!)
            .Articles.First().Article.Text.Replace('\n', ' ');
        Assert.Equal(new StringInfo(text).LengthInTextElements, TextElements.Count(text));
        Assert.Equal(new StringInfo(text).SubstringByTextElements(0, 20), TextElements.Take(text, 20));
    }
}
