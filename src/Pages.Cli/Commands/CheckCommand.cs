using System.CommandLine;
using Pages.Archive;
using Pages.Model;
using Pages.Quality;

namespace Pages.Cli.Commands;

/// <summary>`pages check`: what looks doubtful in the archive, with file and line; the exit code says whether anything is an error.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The input folder", DefaultValueFactory = _ => "input" };
        var only = new Option<string[]>("--only") { Description = "Only these checks (no-headline, short, long, cut-caption, misprint, stray-headline, repeated-passage, unknown-place, no-metadata, encoding, unreadable)", AllowMultipleArgumentsPerToken = true };
        var config = CommonOptions.Config();
        var command = new Command("check", "List doubtful splits and input problems, with file and line") { input, only, config };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(only) ?? [], parse.GetValue(config), output, error));
        return command;
    }

    static int Run(string input, string[] only, string? configFile, TextWriter output, TextWriter error)
    {
        if (!CommonOptions.TryLoadConfig(configFile, [input], error, out var site))
            return 2;
        var archive = ArchiveLoader.Load([input], site);
        var findings = QualityReport.Check(archive).Where(f => only.Length == 0 || only.Contains(f.Check)).ToList();
        foreach (var finding in findings)
            output.WriteLine(finding);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        output.WriteLine();
        foreach (var group in findings.GroupBy(f => f.Check).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Key,-18} {group.Count()}");
        output.WriteLine($"{findings.Count} findings in {archive.Pages.Length} pages: {errors} errors, {findings.Count - errors} warnings.");
        return errors > 0 ? 1 : 0;
    }
}
