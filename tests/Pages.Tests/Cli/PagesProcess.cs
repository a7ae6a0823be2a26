using System.Diagnostics;

namespace Pages.Tests.Cli;

/// <summary>
/// The built `pages` command run as a real process, through bash so that a test can set a limit
/// or change user first: <c>prefix</c> is shell text that ends by running what follows it, such as
/// <c>trap '' XFSZ; ulimit -f 64; exec</c>.
/// </summary>
internal static class PagesProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "pages.dll");

    public static (int Exit, string Out, string Error) Run(string prefix, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunDll(Dll, prefix, environment, args);

    /// <summary>
    /// A copy of the built command (its assemblies, their manifests and the theme) in
    /// <paramref name="folder"/>: another user may run it there even where the checkout lies in a
    /// folder only its owner may enter (a clone in a mktemp folder).
    /// </summary>
    public static string CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var theme = Path.Combine(AppContext.BaseDirectory, "theme");
        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "theme", Path.GetRelativePath(theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return Path.Combine(folder, "pages.dll");
    }

    public static (int Exit, string Out, string Error) RunDll(string dll, string prefix, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash", ["-c", prefix + " \"$@\"", "bash", "dotnet", "exec", dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"pages {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
