using System.CommandLine;
using Pages.Config;
using Pages.Export;
using Pages.Model;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Cli.Commands;

/// <summary>`pages split`: splits pages into articles and prints them, as a summary or as JSON.</summary>
internal static class SplitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Page files (.txt) or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the articles as JSON (the shape in docs/json.md)" };
        var strict = new Option<bool>("--strict") { Description = "Fail, printing nothing, if any page cannot be read" };
        var config = CommonOptions.Config();
        var command = new Command("split", "Split printed pages into articles") { paths, json, strict, config };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(strict), parse.GetValue(config), output, error));
        return command;
    }

    static int Run(string[] paths, bool json, bool strict, string? configFile, TextWriter output, TextWriter error)
    {
        if (!CommonOptions.TryLoadConfig(configFile, paths, error, out var site))
            return 2;
        var problems = new List<Problem>();
        var files = PageFiles.Find(paths, problems);
        var options = SplitterOptions.From(site);
        var pages = new List<SplitPage>();
        foreach (var file in files)
        {
            var source = PageReader.Read(file, out var problem);
            if (problem is not null)
                problems.Add(problem);
            if (source is not null)
                pages.Add(PageSplitter.Split(source, options));
        }
        foreach (var problem in problems)
            error.WriteLine(problem);
        if (strict && problems.Any(p => p.Severity == Severity.Error))
        {
            error.WriteLine("Stopped: --strict and a page could not be read.");
            return 1;
        }
        if (json)
            output.WriteLine(SplitJson.Serialize(pages));
        else
            SplitSummary.Write(pages, output);
        return 0;
    }
}
