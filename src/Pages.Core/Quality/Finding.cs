using Pages.Model;

namespace Pages.Quality;

/// <summary>Something doubtful in the archive, with where it is and which check found it.</summary>
/// <param name="Check">A short name of the check (no-headline, repeated-passage…), for filtering.</param>
public sealed record Finding(Severity Severity, string Check, string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {(Severity == Severity.Error ? "error" : "warning")} [{Check}] {Message}";
}
