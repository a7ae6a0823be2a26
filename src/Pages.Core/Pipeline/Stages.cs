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

    public IReadOnlyList<StageReport> Reports => reports;

    /// <summary>Runs <paramref name="run"/> as the stage <paramref name="name"/>.</summary>
    /// <param name="documentsIn">How many documents the stage receives.</param>
    /// <param name="documentsOut">How many documents it produced, read off its result.</param>
    public T Run<T>(string name, string[] dependsOn, int documentsIn, Func<T> run, Func<T, int> documentsOut)
    {
        foreach (var dependency in dependsOn)
            if (!reports.Any(r => r.Name == dependency))
                throw new InvalidOperationException($"stage '{name}' depends on '{dependency}', which has not run");
        var clock = Stopwatch.StartNew();
        var processor = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        var result = run();
        using var process = Process.GetCurrentProcess();
        reports.Add(new StageReport(name, dependsOn, documentsIn, documentsOut(result), clock.ElapsedMilliseconds)
        {
            PeakMegabytes = process.PeakWorkingSet64 / (1024 * 1024),
            ProcessorMilliseconds = (long)(Environment.CpuUsage.TotalTime - processor).TotalMilliseconds,
            PausedMilliseconds = (long)(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
        });
        return result;
    }
}
