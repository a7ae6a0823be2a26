namespace Pages.Site;

/// <summary>
/// Where a build puts the published files it replaces or removes: a folder beside the output
/// (<c>.{output}.trash-{id}</c>), emptied by the next build in the background. On this project's
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
    /// Empties, in the background, the trash earlier builds of <paramref name="output"/> left (call
    /// holding the output's lock, and wait for the task before letting it go). Nothing in a trash
    /// is needed, so a file that cannot be removed now is left for the build after.
    /// </summary>
    public static Task EmptyEarlier(string output)
    {
        // Listed now: this build's own trash, made when it publishes, is not among them.
        var earlier = Directory.GetDirectories(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.trash-*");
        if (earlier.Length == 0)
            return Task.CompletedTask;
        return Task.Run(() =>
        {
            foreach (var trash in earlier)
                try
                {
                    Directory.Delete(trash, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
        });
    }
}
