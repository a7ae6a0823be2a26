using System.CommandLine;
using Pages.Build;
using Pages.Config;

namespace Pages.Cli.Commands;

/// <summary>`pages build`: the input folder to a complete static site in the output folder.</summary>
internal static class BuildCommand
{
    /// <summary>The theme that ships with Pages.</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The input folder (pages, site.yml, optional theme/)", DefaultValueFactory = _ => "input" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
        var theme = new Option<string?>("--theme") { Description = "Your own theme folder, whose files override the default theme's (default: theme/ in the input folder)" };
        var strict = new Option<bool>("--strict") { Description = "Fail if any page cannot be read" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors" };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch, without reading or writing the build cache (output.cache/ beside the output)" };
        var config = CommonOptions.Config();
        var command = new Command("build", "Build the static site from the input folder") { input, outputFolder, theme, strict, quiet, noCache, config };
        command.SetAction(parse => Run(
            parse.GetValue(input)!, parse.GetValue(outputFolder)!, parse.GetValue(theme), parse.GetValue(strict), parse.GetValue(quiet),
            parse.GetValue(noCache), parse.GetValue(config), output, error));
        return command;
    }

    static int Run(string input, string output, string? theme, bool strict, bool quiet, bool noCache, string? configFile, TextWriter stdout, TextWriter error)
    {
        if (!Directory.Exists(input) && !File.Exists(input))
        {
            error.WriteLine($"{input}: no such folder. Give the input folder, for example: pages build input");
            return 2;
        }
        if (!CommonOptions.TryLoadConfig(configFile, [input], error, out var site))
            return 2;
        var userTheme = theme ?? Path.Combine(Directory.Exists(input) ? input : Path.GetDirectoryName(input) ?? ".", "theme");
        if (theme is not null && !Directory.Exists(theme))
        {
            error.WriteLine($"{theme}: no such theme folder.");
            return 2;
        }
        var options = new BuildOptions([input], output, site, [userTheme, DefaultTheme], strict, UseCache: !noCache);

        var result = quiet || stdout != Console.Out || Console.IsOutputRedirected
            ? SiteBuilder.Build(options)
            : ProgressDisplay.Run(options);

        foreach (var problem in result.Problems)
            error.WriteLine(problem);
        if (!result.Succeeded)
        {
            error.WriteLine($"Build failed: {result.Failure}");
            error.WriteLine($"The previous site in {output} was left as it was.");
            return 1;
        }
        if (!quiet)
        {
            BuildSummary.Write(result, stdout);
            stdout.WriteLine($"Built {result.Articles} articles from {result.Pages} pages into {output}/ ({result.FilesWritten} pages{Unchanged(result)}). Open {Path.Combine(output, "index.html")} in a browser.");
        }
        return 0;
    }

    static string Unchanged(BuildResult result) =>
        result.PagesRendered == result.FilesWritten ? "" : $", {result.FilesWritten - result.PagesRendered} of them unchanged since the last build";
}
