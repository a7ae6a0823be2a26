using System.CommandLine;
using Pages.Cli.Commands;

namespace Pages.Cli;

/// <summary>The `pages` command line: one class per command, wired together here.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Pages: turns a newspaper's printed pages into an archive people can read and search.");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(SplitCommand.Create(output, error));
        root.Subcommands.Add(TagsCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(FuzzCommand.Create(output, error));
        root.Subcommands.Add(GenerateCommand.Create(output, error));
        root.Subcommands.Add(SearchCommand.Create(output, error));
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
