using System.Collections.Immutable;
using Pages.Model;
using Pages.Tagging;

namespace Pages.Cache;

/// <summary>
/// What the build computed for one page, kept so an unchanged page is not split and tagged again.
/// The page's text is not kept: it is read again anyway to compute the page's key.
/// </summary>
/// <param name="Problems">The problems met reading its metadata and corrections, splitting and tagging it.</param>
public sealed record CachedPage(PageMeta Meta, SplitPage Split, ImmutableArray<TaggedArticle> Articles, ImmutableArray<Problem> Problems);
