using Pages.Model;

namespace Pages.Reading;

/// <summary>Finds the page files (*.txt) named on the command line or inside the folders named there.</summary>
public static class PageFiles
{
    public const string Extension = ".txt";

    /// <summary>
    /// Files in ordinal order of their path, so every run sees the same pages in the same order.
    /// Folders are searched recursively without following symbolic links (a link loop cannot trap
    /// the search); hidden files and folders are skipped.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, ICollection<Problem> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*" + Extension, options))
                    found.Add(file);
            }
            else if (File.Exists(path))
            {
                found.Add(path);
            }
            else
            {
                problems.Add(new Problem(Severity.Error, path, null, null, "no such file or folder"));
            }
        }
        return [.. found];
    }
}
