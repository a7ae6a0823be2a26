using System.Diagnostics;

namespace Pages.Benchmarks;

/// <summary>A step of a profile, timed, with the garbage collector's pauses during it.</summary>
internal static class TimedStep
{
    public static T Run<T>(string what, Func<T> work, int width = 22)
    {
        var (clock, pauses, allocated) = (Stopwatch.StartNew(), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var result = work();
        var elapsed = clock.ElapsedMilliseconds;
        // What the step left alive (a full collection, after the step is timed): the memory a build holds.
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"  {what.PadRight(width)} {elapsed,6} ms (GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms, allocated {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB, {live >> 20} MB live after)");
        return result;
    }
}
