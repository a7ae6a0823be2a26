using System.Text;
using Pages.Model;

namespace Pages.Tagging;

/// <summary>
/// An article's text as the taggers read it: headline and body apart (a cue in the headline says
/// more), white space removed so that a name spaced out or broken across lines is still found.
/// Bylines are left out: a reporter's name is no place.
/// </summary>
internal sealed record ArticleText(string Headline, string Body)
{
    public static ArticleText Of(Article article) => new(
        Compact(new[] { article.Kicker, article.Title, article.Subtitle }),
        Compact(article.Sections.SelectMany(s => new[] { s.Heading }.Concat(s.Paragraphs))));

    /// <summary>Headline and body together, separated so that no name spans the two.</summary>
    public string All => Headline + "\n" + Body;

    static string Compact(IEnumerable<TextPiece?> pieces)
    {
        var sb = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece is null)
                continue;
            if (sb.Length > 0)
                sb.Append('\n');
            foreach (var c in piece.Text)
                if (!char.IsWhiteSpace(c))
                    sb.Append(c);
        }
        return sb.ToString();
    }
}
