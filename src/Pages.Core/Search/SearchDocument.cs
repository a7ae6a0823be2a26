using System.Collections.Immutable;
using Pages.Model;

namespace Pages.Search;

/// <summary>
/// One article as search sees it: the text of each searchable field, the facets it is filtered
/// by and what a result shows. <see cref="Order"/> is the article's place in the archive (oldest
/// first); Lucene indexes documents in that order. The exported index numbers them page by page
/// (<see cref="SearchNumbers"/>), so sorting by date needs no extra data in the browser.
/// <para>
/// The body is joined from the article's paragraphs when first asked for (<see cref="BodyText"/>),
/// and so is the title shown (<see cref="DisplayTitleText"/>, which for an article without a
/// printed title is its opening words): a rebuild makes every article's document but reads the
/// bodies of the changed ones only.
/// </para>
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Url,
    int Order,
    Lazy<string> DisplayTitleText,
    string Title,
    string Kicker,
    string Subtitle,
    Lazy<string> BodyText,
    string Byline,
    ImmutableArray<string> Townships,
    ImmutableArray<string> Villages,
    ImmutableArray<string> Topics,
    ImmutableArray<string> Authors,
    int? Year,
    DateOnly? Date,
    string PageLabel,
    ArticleKind Kind)
{
    /// <summary>What a result shows as its title (<see cref="Site.ArticleEntry.DisplayTitle"/>), made when first asked for.</summary>
    public string DisplayTitle
    {
        get => DisplayTitleText.Value;
        init => DisplayTitleText = new Lazy<string>(value);
    }

    public string Body
    {
        get => BodyText.Value;
        init => BodyText = new Lazy<string>(value);
    }

    /// <summary>Kicker and subtitle, one field; '|' keeps their characters from joining into a bigram.</summary>
    public string Heads => Kicker.Length > 0 && Subtitle.Length > 0 ? Kicker + " | " + Subtitle : Kicker + Subtitle;

    /// <summary>The text of a searchable field, by its name in <see cref="SearchFields"/>.</summary>
    public string Field(string name) => name switch
    {
        SearchFields.Title => Title,
        SearchFields.Heads => Heads,
        SearchFields.Body => Body,
        SearchFields.Byline => Byline,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a searchable field"),
    };

    /// <summary>The kind as the client shows it.</summary>
    public string KindName => Kind switch
    {
        ArticleKind.Photo => "图片",
        ArticleKind.Notice => "公告",
        _ => "新闻",
    };
}
