namespace Pages.Pipeline;

/// <summary>What one stage of a build did: documents in and out, and how long it took.</summary>
public sealed record StageReport(string Name, IReadOnlyList<string> DependsOn, int DocumentsIn, int DocumentsOut, long Milliseconds)
{
    /// <summary>The most memory the build had used by the end of the stage (the process's peak working set), in MB.</summary>
    public long PeakMegabytes { get; init; }

    /// <summary>
    /// The processor time the whole process used during the stage (every thread, the garbage
    /// collector's too), in milliseconds: on a machine shared with other work, a steadier measure
    /// of a stage's cost than its wall time.
    /// </summary>
    public long ProcessorMilliseconds { get; init; }

    /// <summary>
    /// How long the garbage collector paused the build during the stage, in milliseconds: its
    /// collections land in whichever stage allocates when they fall due, so a stage's wall time
    /// can carry the cost of memory an earlier stage left.
    /// </summary>
    public long PausedMilliseconds { get; init; }

    /// <summary>
    /// The memory the process allocated during the stage (every thread), in MB: on this machine
    /// fresh memory is dear (the collector clears it, the system hands it over page by page), so a
    /// stage's allocations are much of its cost.
    /// </summary>
    public long AllocatedMegabytes { get; init; }
}
