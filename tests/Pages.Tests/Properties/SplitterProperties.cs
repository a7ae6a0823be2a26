using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pages.Reading;
using Pages.Splitting;

namespace Pages.Tests.Properties;

/// <summary>
/// Whatever the page, the splitter returns (never throws) and keeps every character: each non-blank
/// character of the page lands in exactly one article field or in the furniture, in order.
/// </summary>
public class SplitterProperties
{
    static bool SplitsAndConserves(string text)
    {
        var source = PageSource.FromText("generated", text);
        var split = PageSplitter.Split(source, Repo.SampleOptions);
        var violation = Conservation.FindViolation(source.Text, split);
        return violation is null ? true : throw new Xunit.Sdk.XunitException(violation);
    }

    [Property(MaxTest = 200)]
    public Property Recombined_sample_blocks() => Prop.ForAll(PageGenerators.RecombinedPages(), SplitsAndConserves);

    [Property(MaxTest = 300)]
    public Property Damaged_sample_pages() => Prop.ForAll(PageGenerators.DamagedPages(), SplitsAndConserves);

    [Property(MaxTest = 500)]
    public Property Pages_made_of_the_tokens_the_splitter_reacts_to() => Prop.ForAll(PageGenerators.TokenPages(), SplitsAndConserves);

    [Property(MaxTest = 300)]
    public Property Any_string() => Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), SplitsAndConserves);
}
