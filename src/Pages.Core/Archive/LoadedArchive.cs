using System.Collections.Immutable;
using Pages.Config;
using Pages.Model;
using Pages.Reading;
using Pages.Tagging;

namespace Pages.Archive;

/// <summary>One page, read, split and tagged.</summary>
public sealed record LoadedPage(PageSource Source, PageMeta Meta, SplitPage Split, ImmutableArray<TaggedArticle> Articles)
{
    /// <summary>
    /// The page's quality checks, where they were done with its split (the build does, and keeps
    /// them in its cache); null where the quality report is to do them.
    /// </summary>
    public Quality.PageFindings? Checked { get; init; }

    /// <summary>
    /// The page's key in the build cache (a hash of everything it was made from: its files, its
    /// path, the configuration, the version of Pages), where the build has one.
    /// </summary>
    public string? Key { get; init; }
}

/// <summary>The archive as read: its pages in order, and every problem met on the way.</summary>
public sealed record LoadedArchive(SiteConfig Config, ImmutableArray<LoadedPage> Pages, ImmutableArray<Problem> Problems)
{
    public IEnumerable<TaggedArticle> Articles => Pages.SelectMany(p => p.Articles);

    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
}
