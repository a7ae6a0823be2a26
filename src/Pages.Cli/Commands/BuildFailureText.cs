using System.Text.RegularExpressions;
using Pages.Build;
using Pages.Files;

namespace Pages.Cli.Commands;

/// <summary>
/// Why a build failed, as an archivist should read it. The site is written into a hidden staging
/// folder beside the output folder and swapped in only when complete, so a file that could not be
/// written is named where it would have been in the output folder, not in the staging folder
/// nobody sees; .NET's "reason : 'path'" becomes "path could not be written: reason".
/// </summary>
internal static partial class BuildFailureText
{
    /// <summary>
    /// Runs a build and puts its failure in plain words. A write failure the build lets through (a
    /// file past the size limit, which .NET does not report as an IOException) becomes a failed
    /// build too, not a stack trace; the build's staging folder is gone by then.
    /// </summary>
    public static BuildResult Run(Func<BuildResult> build, string output)
    {
        try
        {
            var result = build();
            return result.Succeeded ? result : result with { Failure = Plain(result.Failure!, output) };
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            return new BuildResult([], [], Of(e), 0, 0, 0);
        }
    }

    static string Plain(string failure, string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? "";
        var staging = new Regex(Regex.Escape(Path.Combine(parent, $".{Path.GetFileName(full)}.building-")) + "[0-9a-f]{32}");
        if (PathError().Match(failure) is { Success: true } m && staging.Match(m.Groups["path"].Value) is { Success: true, Index: 0 } s)
        {
            var file = Path.Combine(output, Path.GetRelativePath(s.Value, m.Groups["path"].Value));
            var why = m.Groups["why"].Value;
            return $"{file} could not be written: {char.ToLowerInvariant(why[0])}{why[1..]}";
        }
        return staging.Replace(failure, full);
    }

    /// <summary>A write failure the build let through: which file is not known by then.</summary>
    static string Of(Exception e) => $"a file of the new site could not be written: {FileFailure.Reason(e)}";

    [GeneratedRegex("^(?<why>[^:]+) : '(?<path>.+)'$")]
    private static partial Regex PathError();
}
