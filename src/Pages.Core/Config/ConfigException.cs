namespace Pages.Config;

/// <summary>A configuration the build cannot start from: says the file, the line and what is wrong.</summary>
public sealed class ConfigException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
