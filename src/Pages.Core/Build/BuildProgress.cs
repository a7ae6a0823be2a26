namespace Pages.Build;

/// <summary>Tells a user interface how a long build is going: a stage's name, and how far it is.</summary>
public interface IBuildProgress
{
    void Stage(string name, int total);

    void Advance(int done);
}

/// <summary>For scripts and tests: says nothing.</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Stage(string name, int total)
    {
    }

    public void Advance(int done)
    {
    }
}
