namespace Pages.Model;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>Something wrong with an input, said in plain words and pointing at the file and line.</summary>
/// <param name="Line">1-based line, or null where the problem is not on a line (an undecodable byte).</param>
/// <param name="ByteOffset">Byte offset in the file where decoding failed, or null.</param>
public sealed record Problem(Severity Severity, string File, int? Line, long? ByteOffset, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : ByteOffset is { } at ? $"{File} (byte {at})" : File;
        return $"{where}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
    }
}
