using Pages.Model;
using Pages.Pipeline;

namespace Pages.Build;

/// <summary>How a build went: its stages, the problems met in the input, and why it failed if it did.</summary>
/// <param name="Failure">Null when the site was published; otherwise what stopped the build (the old output is untouched).</param>
public sealed record BuildResult(
    IReadOnlyList<StageReport> Stages,
    IReadOnlyList<Problem> Problems,
    string? Failure,
    int Pages,
    int Articles,
    int FilesWritten)
{
    public bool Succeeded => Failure is null;
}
