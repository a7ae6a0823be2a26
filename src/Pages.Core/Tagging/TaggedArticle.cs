using Pages.Model;

namespace Pages.Tagging;

/// <summary>An article with its tags and the metadata of the page it was printed on.</summary>
public sealed record TaggedArticle(Article Article, ArticleTags Tags, PageMeta Page);
