using System.CommandLine;
using Pages.Config;

namespace Pages.Cli.Commands;

/// <summary>Options more than one command takes, and how they are read.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config")
    {
        Description = $"The site configuration (default: {SiteConfig.FileName} in the input folder or a folder above it)",
    };

    /// <summary>
    /// Loads the configuration named, or the one found beside the inputs, or none. A configuration
    /// that cannot be read stops the command: nothing is done on a guess.
    /// </summary>
    public static bool TryLoadConfig(string? file, IEnumerable<string> inputs, TextWriter error, out SiteConfig config)
    {
        config = SiteConfig.Empty;
        var path = file ?? ConfigLoader.Locate(inputs);
        if (path is null)
            return true;
        try
        {
            config = ConfigLoader.Load(path);
            return true;
        }
        catch (ConfigException e)
        {
            error.WriteLine($"{e.File}:{e.Line}: error: {e.Problem}");
            error.WriteLine("Fix the configuration and run again; nothing was done.");
            return false;
        }
    }
}
