using System.CommandLine;
using Pages.Archive;
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
        if (format == Format.Explain)
            return RunExplain(paths, strict, SplitterOptions.From(site), output, error);
        var archive = ArchiveLoader.Load(paths, site);
        foreach (var problem in archive.Problems)
            error.WriteLine(problem);
        if (strict && archive.HasErrors)
        {
            error.WriteLine("Stopped: --strict and a page could not be read.");
            return 1;
        }
        if (format == Format.Json)
            output.WriteLine(SplitJson.Serialize(archive.Pages));
        else
            SplitSummary.Write(archive.Pages.Select(p => p.Split), output);
        return 0;
    }

    /// <summary>`--explain`: what each line was taken for, page by page; pages that cannot be read are said so.</summary>
    static int RunExplain(string[] paths, bool strict, SplitterOptions options, TextWriter output, TextWriter error)
    {
        var problems = new List<Problem>();
        var sources = new List<PageSource>();
        foreach (var file in PageFiles.Find(paths, problems))
        {
            if (PageReader.Read(file, out var problem) is { } source)
                sources.Add(source);
            if (problem is not null)
                problems.Add(problem);
        }
        foreach (var problem in problems)
            error.WriteLine(problem);
        if (strict && problems.Any(p => p.Severity == Severity.Error))
        {
            error.WriteLine("Stopped: --strict and a page could not be read.");
            return 1;
        }
        foreach (var source in sources)
            Explain(source, options, output);
        return 0;
    }

    static void Explain(PageSource source, SplitterOptions options, TextWriter output)
    {
        output.WriteLine(source.File);
        foreach (var (line, kind, text) in PageSplitter.ExplainLines(source, options))
            output.WriteLine($"{line,5} {(kind == "blank" ? "" : kind),-9} {text}");
    }
}
