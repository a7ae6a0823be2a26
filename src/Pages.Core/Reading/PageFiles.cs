using System.IO.Enumeration;
using Pages.Files;
using Pages.Model;

namespace Pages.Reading;

/// <summary>Finds the page files (*.txt) named on the command line or inside the folders named there.</summary>
public static class PageFiles
{
    public const string Extension = ".txt";

    static readonly EnumerationOptions OneFolder = new()
    {
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseInsensitive,
        // Said, not skipped in silence: a folder nobody may read would lose its pages unnoticed.
        IgnoreInaccessible = false,
    };

    /// <summary>Every file of one folder, whatever its attributes (a page's sidecar files are looked at as they are).</summary>
    static readonly EnumerationOptions EveryFile = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>
    /// Files in ordinal order of their path, so every run sees the same pages in the same order.
    /// Folders are searched recursively without following symbolic links (a link loop cannot trap
    /// the search); hidden files and folders are skipped. A folder that cannot be read (permission
    /// denied, deleted meanwhile) is a problem naming it, and the search goes on without it.
    /// </summary>
    /// <param name="listing">Filled with every file of the folders walked, pages or not, with its length and time.</param>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, ICollection<Problem> problems, FileListing? listing = null)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                Search(path, found, problems, listing);
            else if (File.Exists(path))
                found.Add(path);
            else
                problems.Add(new Problem(Severity.Error, path, null, null, "no such file or folder"));
        }
        return Unique(found, problems);
    }

    /// <summary>
    /// A page's name (its file name without .txt) is its identity: its articles' ids and addresses
    /// are made from it. Two files with one name in different folders would make two pages with
    /// one address, so the first (in path order) is kept and each other one is reported.
    /// </summary>
    static List<string> Unique(IEnumerable<string> files, ICollection<Problem> problems)
    {
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (first.TryAdd(name, file))
                kept.Add(file);
            else
                problems.Add(new Problem(Severity.Error, file, null, null,
                    $"left out: {first[name]} has the same name, and each page's name must be unique in the archive (rename one of them)"));
        }
        return kept;
    }

    static void Search(string folder, SortedSet<string> found, ICollection<Problem> problems, FileListing? listing)
    {
        string[] folders;
        try
        {
            var started = DateTime.UtcNow.Ticks;
            var walk = new FileSystemEnumerable<(string Path, long Length, long Ticks, bool Page)>(folder,
                (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks, IsPage(ref e)), EveryFile)
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            };
            foreach (var (file, length, ticks, page) in walk)
            {
                if (page)
                    found.Add(file);
                listing?.Add(file, length, ticks);
            }
            listing?.Walked(folder, started);
            folders = Directory.GetDirectories(folder, "*", OneFolder);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            problems.Add(new Problem(Severity.Error, folder, null, null, $"folder could not be read: {FileFailure.Reason(e)}; the pages in it were left out"));
            return;
        }
        foreach (var sub in folders)
            Search(sub, found, problems, listing);
    }

    /// <summary>A page file: *.txt (any case), not hidden, not a system file, not a link.</summary>
    static bool IsPage(ref FileSystemEntry entry) =>
        entry.FileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) && (entry.Attributes & OneFolder.AttributesToSkip) == 0;
}
