using System.Collections.Immutable;

namespace Pages.Corrections;

/// <summary>
/// One archivist's correction to one article, from the page's corrections file
/// (&lt;page&gt;.fix.yml beside &lt;page&gt;.txt). The article is found by the words its text (or its
/// title) starts with, not by its position, so corrections survive a change of the splitter that
/// moves articles about; one that finds nothing is reported, never dropped in silence.
/// </summary>
/// <param name="File">The corrections file and <paramref name="Line"/> where this entry starts, for messages.</param>
/// <param name="Article">The words the article's text or title starts with (white space ignored).</param>
/// <param name="SplitAt">The words where a second article begins inside this one.</param>
/// <param name="MoveHeadlineTo">The words another article starts with: this article's headline is that one's.</param>
/// <param name="Replace">Misprints to correct in the displayed text; the page's own text is kept as printed.</param>
public sealed record Correction(
    string File,
    int Line,
    string Article,
    string? Title,
    string? Kicker,
    string? Subtitle,
    string? Byline,
    bool MergeNext,
    string? SplitAt,
    string? MoveHeadlineTo,
    bool Furniture,
    ImmutableArray<(string From, string To)> Replace,
    ImmutableArray<string> AddTownships,
    ImmutableArray<string> RemoveTownships,
    ImmutableArray<string>? Topics);
