using Pages.Files;
using Pages.Model;

namespace Pages.Reading;

/// <summary>Reads page files. A page that cannot be read becomes a <see cref="Problem"/>, never an exception.</summary>
public static class PageReader
{
    /// <summary>Reads one page file; <paramref name="problem"/> says why when the result is null.</summary>
    public static PageSource? Read(string file, out Problem? problem)
    {
        var bytes = ReadBytes(file, out problem);
        return bytes is null ? null : Decode(file, bytes, out problem);
    }

    /// <summary>A page file's bytes, or null with <paramref name="problem"/> saying why.</summary>
    public static byte[]? ReadBytes(string file, out Problem? problem)
    {
        problem = null;
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            // Found, then gone or locked away: said in plain words; the other pages go on.
            problem = new Problem(Severity.Error, file, null, null, $"could not be read: {FileFailure.Reason(e)}");
            return null;
        }
    }

    /// <summary>The page in <paramref name="bytes"/> (read from <paramref name="file"/>), or null with <paramref name="problem"/> saying why.</summary>
    public static PageSource? Decode(string file, byte[] bytes, out Problem? problem)
    {
        problem = null;
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.Text is null)
        {
            problem = new Problem(Severity.Error, file, null, decoded.ByteOffset, $"not read: {decoded.Error}");
            return null;
        }
        if (decoded.Text.All(char.IsWhiteSpace))
            problem = new Problem(Severity.Warning, file, null, null, "the page is empty");
        return new PageSource(Path.GetFileNameWithoutExtension(file), file, decoded.Text, decoded.Encoding!);
    }
}
