namespace Pages.Pipeline;

/// <summary>What one stage of a build did: documents in and out, and how long it took.</summary>
public sealed record StageReport(string Name, IReadOnlyList<string> DependsOn, int DocumentsIn, int DocumentsOut, long Milliseconds);
