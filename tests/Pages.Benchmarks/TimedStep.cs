using System.Diagnostics;

namespace Pages.Benchmarks;

/// <summary>A step of a profile, timed, with the garbage collector's pauses during it.</summary>
internal static class TimedStep
{
    public static T Run<T>(string what, Func<T> work, int width = 22)
    {
        var (clock, pauses) = (Stopwatch.StartNew(), GC.GetTotalPauseDuration());
        var result = work();
        Console.WriteLine($"  {what.PadRight(width)} {clock.ElapsedMilliseconds,6} ms (GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms)");
        return result;
    }
}
