using System.Collections.Immutable;
using Pages.Model;

namespace Pages.Generate;

/// <summary>An article as the generator prints it: the parts a printed page shows, and how.</summary>
/// <param name="Byline">The 电头 (本报讯（记者付凯明）) or byline line (本报记者 郭树勋), or null.</param>
/// <param name="BylineIsLede">True when the byline opens the first paragraph (电头) rather than standing on its own line.</param>
/// <param name="Sections">Cross-head (or null) and paragraphs.</param>
internal sealed record GeneratedArticle(
    ArticleKind Kind,
    string? Kicker,
    string? Title,
    string? Subtitle,
    string? Byline,
    bool BylineIsLede,
    ImmutableArray<(string? Heading, ImmutableArray<string> Paragraphs)> Sections,
    string? Credit)
{
    public IEnumerable<string> Paragraphs => Sections.SelectMany(s => s.Paragraphs);
}
