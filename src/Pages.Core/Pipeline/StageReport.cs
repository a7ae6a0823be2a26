namespace Pages.Pipeline;

/// <summary>What one stage of a build did: documents in and out, and how long it took.</summary>
public sealed record StageReport(string Name, IReadOnlyList<string> DependsOn, int DocumentsIn, int DocumentsOut, long Milliseconds)
{
    /// <summary>The most memory the build had used by the end of the stage (the process's peak working set), in MB.</summary>
    public long PeakMegabytes { get; init; }
}
