using System.Collections.Immutable;
using Pages.Model;

namespace Pages.Splitting;

/// <summary>An article while the assembler is still adding to it.</summary>
internal sealed class ArticleDraft
{
    readonly List<(TextPiece? Heading, List<TextPiece> Paragraphs)> sections = [(null, [])];

    public ArticleKind Kind { get; set; } = ArticleKind.News;

    public HeadlineParts? Headline { get; private set; }

    public Byline? Byline { get; init; }

    public Byline? PhotoCredit { get; private set; }

    public bool IsFollowUp { get; init; }

    /// <summary>Nothing more can be added: a headline or credit ended it, or the next article began.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>The report this one follows under the same headline (又讯), if any.</summary>
    public ArticleDraft? FollowsReport { get; init; }

    public bool HasBody => sections.Any(s => s.Paragraphs.Count > 0);

    public bool HasHeadline => Headline is not null;

    public void AddParagraph(TextPiece paragraph) => sections[^1].Paragraphs.Add(paragraph);

    public void StartSection(TextPiece heading) => sections.Add((heading, []));

    public void SetHeadline(HeadlineParts headline) => Headline = headline;

    public void SetCredit(Byline credit)
    {
        PhotoCredit = credit;
        Kind = ArticleKind.Photo;
    }

    public void Close() => IsClosed = true;

    public Article Build(string page, string file, int number)
    {
        var built = sections.Where(s => s.Heading is not null || s.Paragraphs.Count > 0)
            .Select(s => new Section(s.Heading, [.. s.Paragraphs]))
            .ToImmutableArray();
        var article = new Article(page, number, Kind, Headline?.Kicker, Headline?.Title, Headline?.Subtitle,
            Byline, PhotoCredit, built, new SourceSpan(file, 0, 0), IsFollowUp);
        var pieces = article.Pieces.ToList();
        var span = pieces.Count == 0
            ? new SourceSpan(file, 0, 0)
            : new SourceSpan(file, pieces.Min(p => p.FirstLine), pieces.Max(p => p.LastLine));
        return article with { Span = span, Kind = KindRules.Decide(article) };
    }
}
