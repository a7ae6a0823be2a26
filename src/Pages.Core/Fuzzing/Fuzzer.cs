using System.Diagnostics;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Fuzzing;

/// <summary>What a fuzz run tried and what broke.</summary>
public sealed record FuzzReport(int Runs, long Characters, TimeSpan Elapsed, IReadOnlyList<string> Failures);

/// <summary>
/// `pages fuzz`: the long run of the splitter's promises over damaged and random pages: it returns
/// (never throws, never hangs) and keeps every character. Deterministic for a seed; each failure
/// says how to replay it.
/// </summary>
public static class Fuzzer
{
    /// <summary>A page that takes longer than this to split counts as hanging.</summary>
    static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    public static FuzzReport Run(IReadOnlyList<string> samples, SplitterOptions options, int runs, int seed, IProgress<int>? progress = null)
    {
        var failures = new List<string>();
        long characters = 0;
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            var random = new Random(HashCode.Combine(seed, run));
            var text = random.Next(4) switch
            {
                0 => string.Concat(Enumerable.Range(0, random.Next(1, 400)).Select(_ => PageDamage.Tokens[random.Next(PageDamage.Tokens.Length)])),
                _ => Enumerable.Range(0, random.Next(1, 12)).Select(_ => PageDamage.Random(random))
                    .Aggregate(samples[random.Next(samples.Count)], (t, d) => d.Apply(t)),
            };
            characters += text.Length;
            var source = PageSource.FromText("fuzz", text);
            var started = clock.Elapsed;
            try
            {
                var violation = Conservation.FindViolation(source.Text, PageSplitter.Split(source, options));
                if (violation is not null)
                    failures.Add($"run {run} (seed {seed}): {violation}");
            }
            catch (Exception e)
            {
                failures.Add($"run {run} (seed {seed}): {e.GetType().Name}: {e.Message}");
            }
            if (clock.Elapsed - started > Hang)
                failures.Add($"run {run} (seed {seed}): took {(clock.Elapsed - started).TotalSeconds:F0} s");
            progress?.Report(run + 1);
        }
        return new FuzzReport(runs, characters, clock.Elapsed, failures);
    }
}
