using System.Diagnostics;

namespace Pages.Pipeline;

/// <summary>
/// Runs a build's named stages and keeps their account (Statiq's execution summary, kept). Each
/// stage names the stages it depends on; running one before its dependencies is a mistake in the
/// build's code and fails at once, so the order in which a build lists its stages is checked, not
/// just believed.
/// </summary>
public sealed class Stages
{
    readonly List<StageReport> reports = [];
    readonly Lock gate = new();
    readonly Stopwatch clock = Stopwatch.StartNew();
    (long Wall, TimeSpan Processor, TimeSpan Paused, long Allocated)? first;
    (long Wall, TimeSpan Processor, TimeSpan Paused, long Allocated) last;

    /// <summary>
    /// From the first stage's start to the last one's end: wall time, and the process's processor
    /// time and pauses, each counted once where stages ran at once.
    /// </summary>
    public StageReport Total
    {
        get
        {
            lock (gate)
            {
                // No stage ended (none ran, or the first one failed): nothing to count.
                if (first is not { } from || reports.Count == 0)
                    return new StageReport("total", [], 0, 0, 0);
                return new StageReport("total", [], 0, 0, last.Wall - from.Wall)
                {
                    PeakMegabytes = reports.Max(r => r.PeakMegabytes),
                    ProcessorMilliseconds = (long)(last.Processor - from.Processor).TotalMilliseconds,
                    PausedMilliseconds = (long)(last.Paused - from.Paused).TotalMilliseconds,
                    AllocatedMegabytes = (last.Allocated - from.Allocated) >> 20,
                };
            }
        }
    }

    /// <summary>
    /// The stages run so far, in the order they ended. Two stages may run at once (a rebuild's
    /// index beside its render): then each one's processor time and pauses count the other's too.
    /// </summary>
    public IReadOnlyList<StageReport> Reports
    {
        get
        {
            lock (gate)
                return [.. reports];
        }
    }

    /// <summary>Runs <paramref name="run"/> as the stage <paramref name="name"/>.</summary>
    /// <param name="documentsIn">How many documents the stage receives.</param>
    /// <param name="documentsOut">How many documents it produced, read off its result.</param>
    public T Run<T>(string name, string[] dependsOn, int documentsIn, Func<T> run, Func<T, int> documentsOut)
    {
        foreach (var dependency in dependsOn)
            if (!Reports.Any(r => r.Name == dependency))
                throw new InvalidOperationException($"stage '{name}' depends on '{dependency}', which has not run");
        var start = Now();
        lock (gate)
            first ??= start;
        var result = run();
        using var process = Process.GetCurrentProcess();
        var end = Now();
        var report = new StageReport(name, dependsOn, documentsIn, documentsOut(result), end.Wall - start.Wall)
        {
            PeakMegabytes = process.PeakWorkingSet64 / (1024 * 1024),
            ProcessorMilliseconds = (long)(end.Processor - start.Processor).TotalMilliseconds,
            PausedMilliseconds = (long)(end.Paused - start.Paused).TotalMilliseconds,
            AllocatedMegabytes = (end.Allocated - start.Allocated) >> 20,
        };
        lock (gate)
        {
            reports.Add(report);
            if (end.Wall >= last.Wall)
                last = end;
        }
        return result;
    }

    (long Wall, TimeSpan Processor, TimeSpan Paused, long Allocated) Now() =>
        (clock.ElapsedMilliseconds, Environment.CpuUsage.TotalTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
}
