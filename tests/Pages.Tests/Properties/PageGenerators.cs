using FsCheck;
using FsCheck.Fluent;
using Pages.Fuzzing;

namespace Pages.Tests.Properties;

/// <summary>
/// Pages for property tests: the samples recombined, the samples damaged the ways extraction
/// damages text (<see cref="PageDamage"/>), and text made of nothing but the tokens the splitter
/// reacts to.
/// </summary>
internal static class PageGenerators
{
    static readonly string[] Samples = [.. Repo.SamplePages.Select(p => Repo.ReadSample(p).Text)];

    static readonly string[] Blocks = [.. Samples.SelectMany(s => s.Split("\n\n")).Where(b => b.Trim().Length > 0)];

    static readonly string[] Tokens = PageDamage.Tokens;

    public static Arbitrary<string> RecombinedPages() =>
        Gen.ListOf(Gen.Elements(Blocks))
            .SelectMany(blocks => Gen.ListOf(Gen.Elements("\n", "\n\n", "\n\n\n", "\n \n")).Select(gaps => Join(blocks, gaps)))
            .ToArbitrary();

    public static Arbitrary<string> DamagedPages() =>
        (from page in Gen.Elements(Samples)
         from damage in Gen.ListOf(Damage())
         select damage.Aggregate(page, (text, d) => d.Apply(text)))
        .ToArbitrary();

    public static Arbitrary<string> TokenPages() =>
        Gen.ListOf(Gen.Elements(Tokens)).Select(t => string.Concat(t)).ToArbitrary();

    static string Join(IEnumerable<string> blocks, IEnumerable<string> gaps)
    {
        var g = gaps.DefaultIfEmpty("\n\n").ToArray();
        return string.Concat(blocks.Select((b, i) => b + g[i % g.Length]));
    }

    static Gen<PageDamage> Damage() =>
        from kind in Gen.Choose(0, PageDamage.Kinds - 1)
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from token in Gen.Elements(Tokens)
        select new PageDamage(kind, a, b, token);
}
