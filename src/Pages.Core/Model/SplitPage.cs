using System.Collections.Immutable;

namespace Pages.Model;

/// <summary>How a page prints its headlines relative to the body they belong to.</summary>
public enum PageLayout
{
    /// <summary>Column layout as extracted: each article's body comes first, its headline after it.</summary>
    HeadlinesAfterBody,

    /// <summary>Headline first, then the body, typically one paragraph per line.</summary>
    HeadlinesBeforeBody,
}

/// <summary>A page split into articles, with what was printed on it that belongs to no article.</summary>
/// <param name="Name">The page's name: its file name without the extension.</param>
/// <param name="File">The page's path as given.</param>
/// <param name="Furniture">Mastheads, page numbers, editor lines, continuation marks, caption arrows.</param>
public sealed record SplitPage(
    string Name,
    string File,
    PageLayout Layout,
    ImmutableArray<Article> Articles,
    ImmutableArray<TextPiece> Furniture);
