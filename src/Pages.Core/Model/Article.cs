using System.Collections.Immutable;

namespace Pages.Model;

/// <summary>One article of a printed page, in the page's reading order.</summary>
/// <param name="Page">The page's name: its file name without the extension.</param>
/// <param name="Number">The article's position on its page, from 1.</param>
/// <param name="Byline">The 电头 or byline (本报讯（记者付凯明）, 本报记者 郭树勋), or null.</param>
/// <param name="PhotoCredit">A picture's credit (本报记者 王正义 摄), or null.</param>
/// <param name="IsFollowUp">True for a second report printed under the same headline (又讯).</param>
public sealed record Article(
    string Page,
    int Number,
    ArticleKind Kind,
    TextPiece? Kicker,
    TextPiece? Title,
    TextPiece? Subtitle,
    Byline? Byline,
    Byline? PhotoCredit,
    ImmutableArray<Section> Sections,
    SourceSpan Span,
    bool IsFollowUp = false)
{
    ImmutableArray<Section> sections = Sections;
    Lazy<ImmutableArray<Section>>? deferred;

    /// <summary>The body: cross-heads and their paragraphs.</summary>
    public ImmutableArray<Section> Sections
    {
        get => deferred is null ? sections : deferred.Value;
        init => (sections, deferred) = (value, null);
    }

    /// <summary>Where <see cref="Sections"/> comes from when it is made only once asked for (an article read from the build cache).</summary>
    internal Func<ImmutableArray<Section>> DeferredSections
    {
        init => deferred = new(value);
    }

    /// <summary>The fields an archivist's correction changed (title, byline, text, merge…), for the export.</summary>
    public ImmutableArray<string> Corrected { get; init; } = [];

    /// <summary>The text as printed, where a correction fixed misprints in it; null otherwise.</summary>
    public string? PrintedText { get; init; }

    /// <summary>Everyone the article credits, bylines first, each name once.</summary>
    public ImmutableArray<Credit> Credits
    {
        get
        {
            // Asked for by every article's search document, citation and facets on every build: no
            // LINQ pipeline for the two or three names an article has.
            if (PhotoCredit is null)
                return Byline is null ? [] : Distinct(Byline.Credits);
            return Byline is null ? Distinct(PhotoCredit.Credits) : Distinct(Byline.Credits.AddRange(PhotoCredit.Credits));
        }
    }

    static ImmutableArray<Credit> Distinct(ImmutableArray<Credit> credits)
    {
        for (var i = 1; i < credits.Length; i++)
            for (var j = 0; j < i; j++)
                if (credits[i].Name == credits[j].Name)
                    return [.. credits.DistinctBy(c => c.Name)];
        return credits;
    }

    public IEnumerable<TextPiece> Paragraphs => Sections.SelectMany(s => s.Paragraphs);

    /// <summary>The body as reflowed paragraphs, one per line (cross-heads are in <see cref="Sections"/>).</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));

    /// <summary>
    /// The start of <see cref="Text"/>, at most <paramref name="length"/> characters, made without
    /// joining the rest: lists and page heads show an article's opening, and joining every article's
    /// whole text for it was most of what building a rebuild's page models allocated.
    /// </summary>
    public string Opening(int length)
    {
        // Only as much of each paragraph as is still wanted: a paragraph may be thousands of
        // characters, and every article's opening is taken for its page's description.
        var opening = new System.Text.StringBuilder(length);
        var first = true;
        foreach (var paragraph in Paragraphs)
        {
            if (opening.Length >= length)
                break;
            if (!first)
                opening.Append('\n');
            opening.Append(paragraph.Text, 0, Math.Min(paragraph.Text.Length, Math.Max(0, length - opening.Length)));
            first = false;
        }
        return opening.Length > length ? opening.ToString(0, length) : opening.ToString();
    }

    /// <summary>Every piece of the page that this article took, in no particular order.</summary>
    public IEnumerable<TextPiece> Pieces =>
        new[] { Kicker, Title, Subtitle, Byline?.Piece, PhotoCredit?.Piece }
            .Concat(Sections.Select(s => s.Heading))
            .Where(p => p is not null)
            .Select(p => p!)
            .Concat(Paragraphs);
}
