using System.Collections.Immutable;

namespace Pages.Config;

/// <summary>
/// The site's configuration (input/site.yml): the paper, its places and its topics. Read by
/// <see cref="ConfigLoader"/>; an archivist edits the YAML, never this.
/// </summary>
/// <param name="File">Where the configuration was read from, or empty for the built-in default.</param>
public sealed record SiteConfig(
    string File,
    SiteInfo Site,
    NewspaperInfo Newspaper,
    Zone Zone,
    ImmutableArray<Township> Townships,
    ImmutableArray<Topic> Topics)
{
    /// <summary>The file name looked for in the input folder.</summary>
    public const string FileName = "site.yml";

    /// <summary>What a build without a configuration uses: no masthead, places or topics.</summary>
    public static SiteConfig Empty { get; } = new(
        "", new SiteInfo("Pages", "", ""), new NewspaperInfo("", []), new Zone("", "", []), [], []);
}

/// <param name="BaseUrl">Absolute address the site is published at, or empty (links stay relative).</param>
public sealed record SiteInfo(string Title, string Description, string BaseUrl);

/// <param name="Sections">The section names (版名) printed as each page's masthead.</param>
public sealed record NewspaperInfo(string Name, ImmutableArray<string> Sections);

/// <summary>The zone as a whole: a place of its own, apart from its townships.</summary>
public sealed record Zone(string Name, string Code, ImmutableArray<string> Aliases);

/// <summary>A township-level unit (乡, 镇, 街道).</summary>
/// <param name="Misprints">Printing errors for the name (宁国镇 for 宁郭镇): mentions, but reported.</param>
public sealed record Township(
    string Name,
    string Code,
    string Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Misprints,
    ImmutableArray<Village> Villages);

/// <param name="NeedsTownship">The name also occurs inside other names: trust it only beside its township's name.</param>
/// <param name="Misprints">Printing errors for the name (东上村 for 东尚村, 寨卞昌 for 寨卜昌): mentions of the village, but reported.</param>
public sealed record Village(string Name, bool NeedsTownship, ImmutableArray<string> Misprints)
{
    public Village(string Name, bool NeedsTownship) : this(Name, NeedsTownship, []) { }

    /// <summary>The name as printed correctly, then its misprints.</summary>
    public IEnumerable<string> Spellings => Misprints.Prepend(Name);

    public bool Equals(Village? other) =>
        other is not null && Name == other.Name && NeedsTownship == other.NeedsTownship && Misprints.SequenceEqual(other.Misprints);

    public override int GetHashCode() => HashCode.Combine(Name, NeedsTownship, Misprints.Length);
}

/// <param name="Cues">Words whose presence suggests the topic.</param>
/// <param name="WeakCues">Words that hint at the topic but turn up in many others too (企业): they count half.</param>
public sealed record Topic(string Name, ImmutableArray<string> Cues, ImmutableArray<string> WeakCues);
