using Pages.Build;
using Spectre.Console;

namespace Pages.Cli.Commands;

/// <summary>Shows a long build's progress in the terminal: a bar per stage.</summary>
internal static class ProgressDisplay
{
    public static BuildResult Run(BuildOptions options)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = SiteBuilder.Build(options, new SpectreProgress(context)));
        return result!;
    }

    sealed class SpectreProgress(ProgressContext context) : IBuildProgress
    {
        ProgressTask? task;

        public void Stage(string name, int total)
        {
            task?.StopTask();
            task = context.AddTask(name, maxValue: Math.Max(1, total));
        }

        public void Advance(int done)
        {
            if (task is not null)
                task.Value = done;
        }
    }
}
