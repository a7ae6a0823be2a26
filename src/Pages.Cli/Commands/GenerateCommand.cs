using System.CommandLine;
using Pages.Archive;
using Pages.Generate;

namespace Pages.Cli.Commands;

/// <summary>`pages generate`: a realistic archive of any size, made from the sample pages' articles.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the generated pages (pages/ and site.yml inside it)" };
        var pages = new Option<int>("--pages") { Description = "How many pages", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "The same seed always gives the same archive", DefaultValueFactory = _ => 1 };
        var from = new Option<string>("--from") { Description = "The archive whose articles are recombined", DefaultValueFactory = _ => "input" };
        var gold = new Option<string?>("--gold") { Description = "Also write each page's answer key (evaluation gold format) into this folder" };
        var command = new Command("generate", "Write a generated archive for benchmarks and tests") { folder, pages, seed, from, gold };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(pages), parse.GetValue(seed), parse.GetValue(from)!, parse.GetValue(gold), output, error));
        return command;
    }

    static int Run(string folder, int pages, int seed, string from, string? gold, TextWriter output, TextWriter error)
    {
        if (pages < 1)
        {
            error.WriteLine("--pages must be at least 1.");
            return 2;
        }
        if (!CommonOptions.TryLoadConfig(null, [from], error, out var config))
            return 2;
        var source = ArchiveLoader.Load([from], config);
        if (source.Pages.IsEmpty)
        {
            // The default is a folder of the working directory: run elsewhere, it is not the sample archive.
            error.WriteLine(Directory.Exists(from)
                ? $"{from}: no pages to take articles from."
                : $"{Path.GetFullPath(from)}: no such folder to take articles from; name the archive to recombine with --from (the sample archive is input/ in the Pages folder).");
            return 2;
        }
        var pagesFolder = Path.Combine(folder, "pages");
        Directory.CreateDirectory(pagesFolder);
        if (config.File.Length > 0)
            File.Copy(config.File, Path.Combine(folder, Config.SiteConfig.FileName), overwrite: true);
        ArchiveGenerator.Generate(source, pages, seed, pagesFolder, gold);
        output.WriteLine($"Wrote {pages} pages into {pagesFolder} (seed {seed}).");
        return 0;
    }
}
