using System.CommandLine;
using Pages.Build;
using Pages.Cli.Preview;

namespace Pages.Cli.Commands;

/// <summary>`pages serve`: builds, serves the site on 127.0.0.1, rebuilds when the input changes and reloads open pages.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The input folder", DefaultValueFactory = _ => "input" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var config = CommonOptions.Config();
        var command = new Command("serve", "Preview the site on 127.0.0.1, rebuilding when the input changes") { input, outputFolder, port, config };
        command.SetAction((parse, cancel) => Run(parse.GetValue(input)!, parse.GetValue(outputFolder)!, parse.GetValue(port), parse.GetValue(config), output, error, cancel));
        return command;
    }

    internal static async Task<int> Run(string input, string output, int port, string? configFile, TextWriter stdout, TextWriter error, CancellationToken cancel)
    {
        var userTheme = Path.Combine(input, "theme");
        BuildResult Build()
        {
            if (!CommonOptions.TryLoadConfig(configFile, [input], error, out var site))
                return new BuildResult([], [], "the configuration has a mistake", 0, 0, 0);
            var result = SiteBuilder.Build(new BuildOptions([input], output, site, [userTheme, BuildCommand.DefaultTheme]));
            foreach (var problem in result.Problems)
                error.WriteLine(problem);
            stdout.WriteLine(result.Succeeded
                ? $"Built {result.Articles} articles from {result.Pages} pages ({result.Total.Milliseconds} ms)."
                : $"Build failed: {result.Failure} (the previous site is still served)");
            return result;
        }

        Build();
        await using var server = new PreviewServer(output, port);
        await server.StartAsync();
        stdout.WriteLine($"Serving {output}/ at {server.Address}/ — edit the input and open pages reload. Ctrl+C stops.");
        var rebuilding = new SemaphoreSlim(1, 1);
        using var watcher = new InputWatcher([input, BuildCommand.DefaultTheme], () =>
        {
            if (!rebuilding.Wait(0))
                return;
            try
            {
                if (Build().Succeeded)
                    server.Reload().GetAwaiter().GetResult();
            }
            finally
            {
                rebuilding.Release();
            }
        });
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
