namespace Pages.Site;

/// <summary>
/// Where a build puts the published files it replaces or removes: a folder beside the output
/// (<c>.{output}.trash-{id}</c>), emptied by the next builds in the background. On this project's
/// disk (ext4 mounted with <c>discard</c>) removing a file that is on disk costs about 0.25 ms of
/// waiting, where moving it aside costs 0.02 ms: an article split in two on an old page replaces
/// about 4,000 search files, a second of the rebuild spent freeing the old ones (replacing a file
/// by a rename frees the old one in the same call). Emptied while the next build reads and sorts
/// its pages, the wait overlaps work that needs the processor, not the disk.
/// </summary>
public sealed class SiteTrash
{
    readonly string folder;
    int next;
    bool made;

    public SiteTrash(string folder) => this.folder = folder;

    /// <summary>The trash folder of a build of <paramref name="output"/> (a full path) whose staging folder has <paramref name="id"/>.</summary>
    public static string FolderOf(string output, string id) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.trash-{id}");

    /// <summary>Moves <paramref name="path"/> into the trash if it exists (a file; a missing one is nothing to do).</summary>
    public void Take(string path)
    {
        if (!File.Exists(path))
            return;
        MakeFolder();
        // Overwriting: a journal completed after a kill numbers its files from 0 again.
        File.Move(path, Path.Combine(folder, (next++).ToString(System.Globalization.CultureInfo.InvariantCulture)), overwrite: true);
    }

    /// <summary>Moves a whole folder into the trash if it exists (the old site a whole build replaced, a spent staging folder).</summary>
    public void TakeFolder(string path, string name)
    {
        if (!Directory.Exists(path))
            return;
        MakeFolder();
        var to = Path.Combine(folder, name);
        if (Directory.Exists(to))
            Directory.Delete(to, recursive: true);
        Directory.Move(path, to);
    }

    void MakeFolder()
    {
        if (made)
            return;
        Directory.CreateDirectory(folder);
        made = true;
    }

    /// <summary>
    /// Starts emptying, in the background, the trash earlier builds of <paramref name="output"/>
    /// left (call holding the output's lock, and stop it before letting the lock go). Nothing in a
    /// trash is needed, so what is not removed when this build stops it (a whole old site after a
    /// build that rendered every page again: 130,000 files, about a minute here) is left for the
    /// next: no build waits more than a second for an earlier one's trash.
    /// </summary>
    public static Emptying EmptyEarlier(string output)
    {
        // Listed now: this build's own trash, made when it publishes, is not among them.
        var earlier = Directory.GetDirectories(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.trash-*");
        return earlier.Length == 0 ? Emptying.None : new Emptying(earlier);
    }

    /// <summary>Trash folders being emptied, file by file, until done or stopped.</summary>
    public sealed class Emptying
    {
        public static Emptying None { get; } = new([]);

        volatile bool stopping;
        readonly Task work;

        internal Emptying(string[] folders) =>
            work = folders.Length == 0 ? Task.CompletedTask : Task.Run(() =>
            {
                foreach (var folder in folders)
                    if (!Remove(folder))
                        return;
            });

        /// <summary>
        /// Lets the emptying finish if it does within a second (a split's trash, 4,000 files,
        /// takes about half that, most of it while the build works), else stops it after the file
        /// being removed.
        /// </summary>
        public void Stop()
        {
            if (work.Wait(TimeSpan.FromSeconds(1)))
                return;
            stopping = true;
            work.Wait();
        }

        /// <summary>Removes the folder's files, then its folders, deepest first; false when stopped before the end.</summary>
        bool Remove(string folder)
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    if (stopping)
                        return false;
                    File.Delete(file);
                }
                foreach (var empty in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
                    Directory.Delete(empty);
                Directory.Delete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next build.
            }
            return true;
        }
    }
}
