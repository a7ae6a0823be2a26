namespace Pages.Reading;

/// <summary>A page's text as read from its file, with line ends made uniform (\n) and any BOM removed.</summary>
/// <param name="Name">The file name without its extension: the page's identity in the archive.</param>
/// <param name="File">The path as the user gave it, for messages.</param>
/// <param name="Encoding">The encoding the file was read in (UTF-8, UTF-16LE, UTF-16BE, GB18030).</param>
public sealed record PageSource(string Name, string File, string Text, string Encoding)
{
    public static PageSource FromText(string name, string text) =>
        new(name, name + ".txt", TextDecoding.NormalizeLineEnds(text), "UTF-8");
}
