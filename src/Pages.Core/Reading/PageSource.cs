namespace Pages.Reading;

/// <summary>
/// A page's text as read from its file, with line ends made uniform (\n) and any BOM removed. The
/// build reads an unchanged page's text only if something asks for it (<see cref="Deferred"/>):
/// its split comes from the cache, and only rendering its printed page needs the text itself.
/// </summary>
public sealed class PageSource
{
    readonly Lazy<(string Text, string Encoding)> content;

    /// <param name="name">The file name without its extension: the page's identity in the archive.</param>
    /// <param name="file">The path as the user gave it, for messages.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="encoding">The encoding the file was read in (UTF-8, UTF-16LE, UTF-16BE, GB18030).</param>
    public PageSource(string name, string file, string text, string encoding)
    {
        (Name, File) = (name, file);
        content = new Lazy<(string, string)>((text, encoding));
    }

    PageSource(string name, string file, Func<(string, string)> read)
    {
        (Name, File) = (name, file);
        content = new Lazy<(string, string)>(read, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    public string File { get; }

    public string Text => content.Value.Text;

    public string Encoding => content.Value.Encoding;

    public static PageSource FromText(string name, string text) =>
        new(name, name + ".txt", TextDecoding.NormalizeLineEnds(text), "UTF-8");

    /// <summary>The page in <paramref name="file"/>, read by <paramref name="read"/> when its text is first asked for.</summary>
    public static PageSource Deferred(string file, Func<(string Text, string Encoding)> read) =>
        new(Path.GetFileNameWithoutExtension(file), file, read);
}
