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
        var explain = new Option<bool>("--explain") { Description = "Show what each line was taken for (headline, byline, text…)" };
        var config = CommonOptions.Config();
        var command = new Command("split", "Split printed pages into articles") { paths, json, strict, explain, config };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(json) ? Format.Json : parse.GetValue(explain) ? Format.Explain : Format.Summary,
            parse.GetValue(strict), parse.GetValue(config), output, error));
        return command;
    }

    enum Format
    {
        Summary,
        Json,
        Explain,
    }

    static int Run(string[] paths, Format format, bool strict, string? configFile, TextWriter output, TextWriter error)
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
            if (source is null)
                continue;
            if (format == Format.Explain)
                Explain(source, options, output);
            pages.Add(PageSplitter.Split(source, options));
        }
        foreach (var problem in problems)
            error.WriteLine(problem);
        if (strict && problems.Any(p => p.Severity == Severity.Error))
        {
            error.WriteLine("Stopped: --strict and a page could not be read.");
            return 1;
        }
        if (format == Format.Json)
            output.WriteLine(SplitJson.Serialize(pages));
        else if (format == Format.Summary)
            SplitSummary.Write(pages, output);
        return 0;
    }

    static void Explain(PageSource source, SplitterOptions options, TextWriter output)
    {
        output.WriteLine(source.File);
        foreach (var (line, kind, text) in PageSplitter.ExplainLines(source, options))
            output.WriteLine($"{line,5} {(kind == "blank" ? "" : kind),-9} {text}");
    }
}
