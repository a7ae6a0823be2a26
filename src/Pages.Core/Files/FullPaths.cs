namespace Pages.Files;

/// <summary>
/// Full paths against the working directory as it was when this was made. <see cref="Path.GetFullPath(string)"/>
/// asks the system for the working directory each time it is given a relative path: 15,000 calls
/// in a rebuild of 5,000 pages given as <c>pages build input</c> (the quick check of every page,
/// the stamps saved, every rendered page's source name).
/// </summary>
public sealed class FullPaths
{
    readonly string workingDirectory = Environment.CurrentDirectory;

    public string Of(string path) => Path.GetFullPath(path, workingDirectory);
}
