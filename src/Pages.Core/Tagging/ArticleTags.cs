using System.Collections.Immutable;

namespace Pages.Tagging;

/// <summary>What an article is about and where: the facets readers browse by.</summary>
/// <param name="Townships">Canonical names of the townships it mentions, in configuration order.</param>
/// <param name="Villages">The villages it mentions, as the configuration names them.</param>
/// <param name="Zone">It names the zone itself (示范区, 焦作新区, 高新区…).</param>
/// <param name="Topics">Its topics, the primary one first.</param>
/// <param name="Misprints">Misprinted place names it uses (宁国镇), for the quality report.</param>
/// <param name="Dates">Dates it mentions.</param>
public sealed record ArticleTags(
    ImmutableArray<string> Townships,
    ImmutableArray<string> Villages,
    bool Zone,
    ImmutableArray<string> Topics,
    ImmutableArray<string> Misprints,
    ImmutableArray<MentionedDate> Dates)
{
    public static ArticleTags None { get; } = new([], [], false, [], [], []);
}

/// <summary>A date an article mentions: the year where printed (or known from the page), else null.</summary>
public sealed record MentionedDate(int? Year, int Month, int Day)
{
    /// <summary>2015-09-24, or 09-24 where the year is unknown.</summary>
    public override string ToString() => Year is { } y ? $"{y:D4}-{Month:D2}-{Day:D2}" : $"{Month:D2}-{Day:D2}";
}
