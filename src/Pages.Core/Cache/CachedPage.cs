using System.Collections.Immutable;
using Pages.Archive;
using Pages.Model;
using Pages.Quality;
using Pages.Reading;
using Pages.Tagging;

namespace Pages.Cache;

/// <summary>
/// What the build computed for one page, kept so an unchanged page is not split and tagged again.
/// The page's text is not kept (it is read again anyway to compute the page's key), and each
/// article is kept once: its tags are stored beside the split page, not with a copy of it.
/// </summary>
/// <param name="Tags">Per article of <paramref name="Split"/>, in order, its tags.</param>
/// <param name="Problems">The problems met reading its metadata and corrections, splitting and tagging it.</param>
public sealed record CachedPage(PageMeta Meta, SplitPage Split, ImmutableArray<ArticleTags> Tags, ImmutableArray<Problem> Problems)
{
    /// <summary>The page's quality checks (<see cref="LoadedPage.Checked"/>).</summary>
    public PageFindings? Checked { get; init; }

    public static CachedPage From(LoadedPage page, IEnumerable<Problem> problems) =>
        new(page.Meta, page.Split, [.. page.Articles.Select(a => a.Tags)], [.. problems]) { Checked = page.Checked };

    /// <summary>The page as the build uses it, with its freshly read <paramref name="source"/>.</summary>
    /// <summary>Per article, what a list shows of it as a hash (<see cref="Site.Views.ViewBuilder.ListingDigest"/>), when read from an entry.</summary>
    public ImmutableArray<byte[]> ListingDigests { get; init; } = [];

    public LoadedPage ToLoaded(PageSource source) =>
        new(source, Meta, Split, [.. Split.Articles.Select((a, i) => new TaggedArticle(a, Tags[i], Meta)
        {
            ListingDigest = i < ListingDigests.Length ? ListingDigests[i] : null,
        })]) { Checked = Checked };
}
