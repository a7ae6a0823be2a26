using System.Runtime;

namespace Pages.Build;

/// <summary>
/// Lets a rebuild (a build from a cache a previous build left) allocate its first gigabyte without
/// the garbage collector running. A rebuild after an edit allocates a few hundred megabytes, most
/// of it garbage soon, and then the process ends: collecting it only costs. It cost seven full
/// collections, each marking the whole archive's model, set off by large arrays (the published
/// files' list, the manifest written again): 0.2-0.6 s of a 3.3 s rebuild of 5,000 pages after one
/// article was edited, more after an article was split. Not for a build that splits many pages or
/// renders every page (a first build allocates 9 GB at 5,000 pages): run under a pause that its
/// allocations then end, a cold build took 35-38 s against 30-35 s, its collector left with a
/// gigabyte's budget; <see cref="SiteBuilder"/> ends the pause before such work.
/// On a machine with less than 8 GB for the process the pause is an eighth of that.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    const long MostBytes = 1L << 30;

    /// <summary>A build that splits more pages than this ends its pause before splitting them.</summary>
    public const int MostPagesSplit = 64;

    bool started;

    CollectionPause(bool started) => this.started = started;

    /// <summary>No pause (a first build).</summary>
    public static CollectionPause None => new(false);

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
    public void Dispose() => End();

    /// <summary>Ends the pause now, if it still holds.</summary>
    public void End()
    {
        var holds = started;
        started = false;
        if (holds && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
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
