using Pages.Model;

namespace Pages.Tagging;

/// <summary>An article with its tags and the metadata of the page it was printed on.</summary>
public sealed record TaggedArticle(Article Article, ArticleTags Tags, PageMeta Page)
{
    /// <summary>What a list shows of the article, as a hash (<see cref="Site.Views.ViewBuilder.ListingDigest"/>), when the build cache had it.</summary>
    public byte[]? ListingDigest { get; init; }
}
