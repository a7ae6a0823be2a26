namespace Pages.Cli.Preview;

/// <summary>
/// Watches the input folder (pages, their metadata and corrections, site.yml, the user's theme) and
/// the theme folders, and calls back once things have been quiet for a moment: an editor saving a
/// file fires several events, and one rebuild is enough.
/// </summary>
internal sealed class InputWatcher : IDisposable
{
    static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    readonly List<FileSystemWatcher> watchers = [];
    readonly Timer timer;

    public InputWatcher(IEnumerable<string> folders, Action changed)
    {
        timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Touch();
            watcher.Created += (_, _) => Touch();
            watcher.Deleted += (_, _) => Touch();
            watcher.Renamed += (_, _) => Touch();
            watchers.Add(watcher);
        }
    }

    void Touch() => timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in watchers)
            watcher.Dispose();
        timer.Dispose();
    }
}
