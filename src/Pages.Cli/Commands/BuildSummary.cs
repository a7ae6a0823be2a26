using Pages.Build;

namespace Pages.Cli.Commands;

/// <summary>The build's execution summary: per stage, documents in and out and milliseconds.</summary>
internal static class BuildSummary
{
    public static void Write(BuildResult result, TextWriter output)
    {
        output.WriteLine($"{"stage",-10} {"in",8} {"out",8} {"ms",8} {"cpu ms",8} {"gc ms",8} {"alloc MB",8} {"peak MB",8}  depends on");
        foreach (var stage in result.Stages)
            output.WriteLine($"{stage.Name,-10} {stage.DocumentsIn,8} {stage.DocumentsOut,8} {stage.Milliseconds,8} {stage.ProcessorMilliseconds,8} {stage.PausedMilliseconds,8} {stage.AllocatedMegabytes,8} {stage.PeakMegabytes,8}  {string.Join(", ", stage.DependsOn)}");
        var total = result.Total;
        output.WriteLine($"{"total",-10} {"",8} {"",8} {total.Milliseconds,8} {total.ProcessorMilliseconds,8} {total.PausedMilliseconds,8} {total.AllocatedMegabytes,8}");
    }
}
