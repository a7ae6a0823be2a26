namespace Pages.Reading;

/// <summary>
/// How the published site names a page's input file: from the input folder it was found in, by
/// that folder's own name ("input/pages/2014/01/2014-01-01-p1.txt"), whatever path the build was
/// given. The terminal's messages keep the path as given, which the archivist typed; the site is
/// read by anyone, so it must not show where the archive sits on the archivist's disk
/// (/home/…/input/pages/…), and its pages must not change when the archive is moved.
/// </summary>
public sealed class SourceNames
{
    readonly (string Folder, string Name)[] folders;
    readonly Files.FullPaths fullPaths = new();

    /// <param name="inputs">The build's inputs: folders, or page files.</param>
    public SourceNames(IEnumerable<string> inputs) =>
        folders = [.. inputs.Where(Directory.Exists).Select(Path.GetFullPath).Select(f => Path.TrimEndingDirectorySeparator(f))
            .Select(f => (f, Path.GetFileName(f) is { Length: > 0 } name ? name : "input"))];

    /// <summary>The names as given: for the terminal and the tests.</summary>
    public static SourceNames AsGiven { get; } = new([]);

    /// <summary>The site's name of <paramref name="file"/>: under the input folder that holds it, else the file's own name.</summary>
    public string Of(string file)
    {
        if (folders.Length == 0)
            return file;
        var full = fullPaths.Of(file);
        foreach (var (folder, name) in folders)
            if (full.Length > folder.Length + 1 && full.StartsWith(folder, StringComparison.Ordinal) && full[folder.Length] == Path.DirectorySeparatorChar)
                return name + "/" + full[(folder.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
        return Path.GetFileName(file);
    }
}
