namespace Pages.Site.Theming;

/// <summary>
/// The theme: templates (templates/*.html) and static files (assets/…). The default theme is the
/// project's theme/ folder; a user's own theme folder overrides it file by file: a file found in the
/// user's folder is used instead of the default one of the same path.
/// </summary>
public sealed class Theme
{
    readonly IReadOnlyList<string> folders;

    /// <param name="folders">Theme folders, the one whose files win first. Folders that do not exist are skipped.</param>
    public Theme(IEnumerable<string> folders) =>
        this.folders = [.. folders.Where(Directory.Exists).Select(Path.GetFullPath)];

    public IReadOnlyList<string> Folders => folders;

    /// <summary>The file for <paramref name="relativePath"/> (templates/home.html), or null.</summary>
    public string? Find(string relativePath)
    {
        if (!IsSafe(relativePath))
            return null;
        return folders.Select(f => Path.Combine(f, relativePath)).FirstOrDefault(File.Exists);
    }

    /// <summary>Every static file under assets/, as (path relative to the theme, file), each path once, in ordinal order.</summary>
    public IReadOnlyList<(string Path, string File)> Assets()
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders.Reverse())
        {
            var assets = Path.Combine(folder, "assets");
            if (!Directory.Exists(assets))
                continue;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(assets, "*", options))
                found[Path.GetRelativePath(folder, file).Replace('\\', '/')] = file;
        }
        return [.. found.Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>A relative path with no way out of the theme folder (no "..", no root, no drive).</summary>
    static bool IsSafe(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Replace('\\', '/').Split('/').Any(p => p is ".." or "");
}
