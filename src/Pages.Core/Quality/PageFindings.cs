using System.Collections.Immutable;

namespace Pages.Quality;

/// <summary>What the quality checks found on one page (<see cref="QualityReport.PageChecker"/>).</summary>
/// <param name="Places">Names that look like places the configuration does not know, with where each stands.</param>
public sealed record PageFindings(ImmutableArray<Finding> Findings, ImmutableArray<PlaceMention> Places);

/// <summary>A name that looks like a place, at a line of a page.</summary>
public sealed record PlaceMention(string Name, string File, int Line);
