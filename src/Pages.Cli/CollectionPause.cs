using System.Runtime;

namespace Pages.Cli;

/// <summary>
/// Lets a build from the command line allocate its first gigabyte without the garbage collector
/// running. A rebuild after an edit allocates a few hundred megabytes, most of it garbage soon,
/// and then the process ends: collecting it only costs. It cost seven full collections, each
/// marking the whole archive's model, set off by large arrays (the published files' list, the
/// manifest written again): 0.4 s of a 3.3 s rebuild of 5,000 pages after one article was edited,
/// and more after an article was split. A build that allocates more (a first build: 9 GB at 5,000
/// pages) is collected as usual once the gigabyte is spent, so its peak memory is what it was.
/// On a machine with less than 8 GB for the process the pause is an eighth of that.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    const long MostBytes = 1L << 30;

    readonly bool started;

    CollectionPause(bool started) => this.started = started;

    /// <summary>Starts the pause if the runtime grants it (not inside another one, and only with memory for it: a heap limit may refuse it).</summary>
    public static CollectionPause Start()
    {
        try
        {
            var budget = Math.Min(MostBytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8);
            return new CollectionPause(GC.TryStartNoGCRegion(budget));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return new CollectionPause(false);
        }
    }

    /// <summary>Ends the pause if it still holds (a build that spent the budget has ended it already).</summary>
    public void Dispose()
    {
        if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Ended by a collection meanwhile: nothing to end.
            }
        }
    }
}
