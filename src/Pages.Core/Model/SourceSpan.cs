namespace Pages.Model;

/// <summary>Where something was printed: the page file and its first and last line (1-based).</summary>
public sealed record SourceSpan(string File, int FirstLine, int LastLine)
{
    public override string ToString() => FirstLine == LastLine ? $"{File}:{FirstLine}" : $"{File}:{FirstLine}-{LastLine}";
}
