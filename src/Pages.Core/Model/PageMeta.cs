namespace Pages.Model;

/// <summary>
/// What is known about a page beyond its text, from its sidecar file (&lt;page&gt;.yml beside
/// &lt;page&gt;.txt). Every field may be unknown; the site then says so.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Edition">The number (期号) as printed, or null.</param>
/// <param name="PageNumber">The page's number in the issue (版次), or null.</param>
/// <param name="Section">The page's name (版名), or null.</param>
public sealed record PageMeta(DateOnly? Date, string? Edition, int? PageNumber, string? Section)
{
    public static PageMeta Unknown { get; } = new(null, null, null, null);

    public bool IsUnknown => this == Unknown;
}
