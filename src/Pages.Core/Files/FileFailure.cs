namespace Pages.Files;

/// <summary>
/// Why a file could not be read or written, in plain words ("permission denied", "the disk is
/// full"), for messages that already name the file: .NET's own messages repeat the path, in
/// words an archivist does not use.
/// </summary>
public static class FileFailure
{
    /// <summary>
    /// Whether <paramref name="e"/> is a failure of the file system rather than a bug: an I/O error,
    /// a permission refused, or a write past the file size limit (which .NET reports on Unix as an
    /// <see cref="ArgumentOutOfRangeException"/> thrown by its own file code).
    /// </summary>
    public static bool IsFileFault(Exception e) => e is IOException or UnauthorizedAccessException || IsTooLarge(e);

    /// <summary>Why, in plain words, for "&lt;file&gt; could not be read: …".</summary>
    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it is no longer there (deleted or moved while Pages was at work)",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "its path is too long",
        IOException io when Errno(io) is { } errno => errno,
        IOException io => WithoutPath(io.Message),
        _ when IsTooLarge(e) => "the file would be larger than the file size limit this process runs under",
        _ => e.Message,
    };

    static bool IsTooLarge(Exception e) =>
        e is ArgumentOutOfRangeException && e.TargetSite?.DeclaringType?.Namespace == "System.IO";

    /// <summary>The common causes, from the error number (.NET keeps errno as the HResult on Unix, a Win32 code on Windows).</summary>
    static string? Errno(IOException e)
    {
        var code = OperatingSystem.IsWindows() ? e.HResult & 0xFFFF : e.HResult;
        return OperatingSystem.IsWindows()
            ? code switch
            {
                39 or 112 => "the disk is full",
                _ => null,
            }
            : code switch
            {
                5 => "the disk could not be read or written (input/output error)",
                28 => "the disk is full",
                30 => "the disk is read-only",
                122 => "the disk quota is used up",
                _ => null,
            };
    }

    /// <summary>.NET's message on Unix is "reason : 'path'"; the caller names the file already.</summary>
    static string WithoutPath(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
