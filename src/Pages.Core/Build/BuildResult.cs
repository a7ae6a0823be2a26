using Pages.Model;
using Pages.Pipeline;

namespace Pages.Build;

/// <summary>How a build went: its stages, the problems met in the input, and why it failed if it did.</summary>
/// <param name="FilesWritten">HTML pages in the new site.</param>
/// <param name="PagesRendered">Of those, the ones rendered by this build (the rest were unchanged and linked from the published site).</param>
/// <param name="Failure">Null when the site was published; otherwise what stopped the build (the old output is untouched).</param>
public sealed record BuildResult(
    IReadOnlyList<StageReport> Stages,
    IReadOnlyList<Problem> Problems,
    string? Failure,
    int Pages,
    int Articles,
    int FilesWritten,
    int PagesRendered = 0)
{
    public bool Succeeded => Failure is null;

    /// <summary>The stages together (<see cref="Pipeline.Stages.Total"/>): stages that ran at once counted once.</summary>
    public StageReport Total { get; init; } = new("total", [], 0, 0, Stages.Sum(s => s.Milliseconds))
    {
        ProcessorMilliseconds = Stages.Sum(s => s.ProcessorMilliseconds),
        PausedMilliseconds = Stages.Sum(s => s.PausedMilliseconds),
        AllocatedMegabytes = Stages.Sum(s => s.AllocatedMegabytes),
    };
}
