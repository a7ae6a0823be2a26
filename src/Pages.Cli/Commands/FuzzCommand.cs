using System.CommandLine;
using Pages.Fuzzing;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Cli.Commands;

/// <summary>`pages fuzz`: the long fuzz run of the splitter over damaged and random pages.</summary>
internal static class FuzzCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The archive whose pages are damaged", DefaultValueFactory = _ => "input" };
        var runs = new Option<int>("--runs") { Description = "How many pages to try", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The same seed tries the same pages", DefaultValueFactory = _ => 1 };
        var command = new Command("fuzz", "Split damaged and random pages, checking that nothing throws, hangs or loses a character") { input, runs, seed };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(runs), parse.GetValue(seed), output, error));
        return command;
    }

    static int Run(string input, int runs, int seed, TextWriter output, TextWriter error)
    {
        if (!CommonOptions.TryLoadConfig(null, [input], error, out var site))
            return 2;
        var samples = PageFiles.Find([input], []).Select(f => PageReader.Read(f, out _)?.Text).OfType<string>().ToList();
        if (samples.Count == 0)
        {
            error.WriteLine($"{input}: no pages to damage.");
            return 2;
        }
        var report = Fuzzer.Run(samples, SplitterOptions.From(site), runs, seed);
        foreach (var failure in report.Failures)
            output.WriteLine(failure);
        output.WriteLine($"{report.Runs} pages ({report.Characters / 1_000_000.0:F1} M characters) in {report.Elapsed.TotalSeconds:F0} s: {report.Failures.Count} failures.");
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
