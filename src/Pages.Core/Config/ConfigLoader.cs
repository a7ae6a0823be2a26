using System.Collections.Immutable;
using Pages.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Config;

/// <summary>Reads and checks input/site.yml. Any mistake stops with a <see cref="ConfigException"/>.</summary>
public static class ConfigLoader
{
    /// <summary>Reads the configuration at <paramref name="file"/>.</summary>
    public static SiteConfig Load(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (FileFailure.IsFileFault(e))
        {
            throw new ConfigException(file, 0, $"could not be read: {FileFailure.Reason(e)}");
        }
        return Parse(text, file);
    }

    /// <summary>Reads a configuration from its text; <paramref name="file"/> is only used in messages.</summary>
    public static SiteConfig Parse(string text, string file)
    {
        var root = YamlNodes.Load(text, file) ?? throw new ConfigException(file, 1, "the file is empty");
        return Read(root, new YamlNodes(file), file);
    }

    /// <summary>
    /// Finds the configuration for the given inputs: site.yml in the first folder named, or in the
    /// folder of the first file named, or in a folder above it.
    /// </summary>
    public static string? Locate(IEnumerable<string> inputs)
    {
        var first = inputs.FirstOrDefault();
        if (first is null)
            return null;
        var dir = Directory.Exists(first) ? Path.GetFullPath(first) : Path.GetDirectoryName(Path.GetFullPath(first));
        while (dir is not null)
        {
            var candidate = Path.Combine(dir, SiteConfig.FileName);
            if (File.Exists(candidate))
                return candidate;
            dir = Path.GetDirectoryName(dir);
        }
        return null;
    }

    static SiteConfig Read(YamlNode root, YamlNodes y, string file)
    {
        var top = y.Mapping(root, "the configuration");
        y.OnlyKeys(top, "the configuration", "site", "newspaper", "zone", "townships", "topics");

        var siteNode = YamlNodes.Child(top, "site");
        var site = siteNode is null ? SiteConfig.Empty.Site : ReadSite(y.Mapping(siteNode, "'site'"), y);
        var paperNode = YamlNodes.Child(top, "newspaper");
        var paper = paperNode is null ? SiteConfig.Empty.Newspaper : ReadNewspaper(y.Mapping(paperNode, "'newspaper'"), y);
        var zoneNode = YamlNodes.Child(top, "zone");
        var zone = zoneNode is null ? SiteConfig.Empty.Zone : ReadZone(y.Mapping(zoneNode, "'zone'"), y);
        var townships = ReadTownships(y.Sequence(top, "townships", "the configuration"), y);
        var topics = ReadTopics(y.Sequence(top, "topics", "the configuration"), y);
        return new SiteConfig(file, site, paper, zone, townships, topics);
    }

    static SiteInfo ReadSite(YamlMappingNode map, YamlNodes y)
    {
        y.OnlyKeys(map, "'site'", "title", "description", "base_url");
        var baseUrl = y.Text(map, "base_url", "'site'", required: false);
        if (baseUrl.Length > 0 && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw y.Error(YamlNodes.Child(map, "base_url")!, "'base_url' should be an http or https address, or empty");
        return new SiteInfo(y.Text(map, "title", "'site'", required: true), y.Text(map, "description", "'site'", required: false), baseUrl);
    }

    static NewspaperInfo ReadNewspaper(YamlMappingNode map, YamlNodes y)
    {
        y.OnlyKeys(map, "'newspaper'", "name", "sections");
        return new NewspaperInfo(y.Text(map, "name", "'newspaper'", required: false), y.Words(map, "sections", "'newspaper'"));
    }

    static Zone ReadZone(YamlMappingNode map, YamlNodes y)
    {
        y.OnlyKeys(map, "'zone'", "name", "code", "aliases");
        return new Zone(y.Text(map, "name", "'zone'", required: true), y.Text(map, "code", "'zone'", required: false), y.Words(map, "aliases", "'zone'"));
    }

    static ImmutableArray<Township> ReadTownships(YamlSequenceNode? list, YamlNodes y)
    {
        if (list is null)
            return [];
        var townships = ImmutableArray.CreateBuilder<Township>();
        // Every name a mention can use must lead to exactly one township (苏家作 may be both the
        // short form of 苏家作乡 and the name of one of its villages).
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            var map = y.Mapping(item, "each township");
            var name = y.Text(map, "name", "a township", required: true);
            var what = $"township '{name}'";
            y.OnlyKeys(map, what, "name", "code", "kind", "aliases", "misprints", "villages");
            var kind = y.Text(map, "kind", what, required: true);
            if (kind is not ("街道" or "镇" or "乡"))
                throw y.Error(YamlNodes.Child(map, "kind")!, $"'kind' of {what} should be 街道, 镇 or 乡, not '{kind}'");
            var aliases = y.Words(map, "aliases", what);
            var misprints = y.Words(map, "misprints", what);
            var villages = ReadVillages(y.Sequence(map, "villages", what), y, what);
            foreach (var (word, node) in new[] { (name, (YamlNode)map) }
                         .Concat(aliases.Select(a => (a, YamlNodes.Child(map, "aliases")!)))
                         .Concat(misprints.Select(m => (m, YamlNodes.Child(map, "misprints")!)))
                         .Concat(villages.SelectMany(v => v.Spellings).Select(v => (v, YamlNodes.Child(map, "villages")!))))
            {
                if (owners.TryGetValue(word, out var owner) && owner != name)
                    throw y.Error(node, $"'{word}' of {what} is already a name of township '{owner}'");
                owners[word] = name;
            }
            townships.Add(new Township(name, y.Text(map, "code", what, required: false), kind, aliases, misprints, villages));
        }
        return townships.ToImmutable();
    }

    static ImmutableArray<Village> ReadVillages(YamlSequenceNode? list, YamlNodes y, string township)
    {
        if (list is null)
            return [];
        var villages = ImmutableArray.CreateBuilder<Village>();
        foreach (var item in list)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } v } when v.Trim().Length > 0:
                    villages.Add(new Village(v.Trim(), NeedsTownship: false));
                    break;
                case YamlMappingNode map:
                    var what = $"a village of {township}";
                    y.OnlyKeys(map, what, "name", "needs_township", "misprints");
                    villages.Add(new Village(y.Text(map, "name", what, required: true), y.Flag(map, "needs_township", what), y.Words(map, "misprints", what)));
                    break;
                default:
                    throw y.Error(item, $"each village of {township} should be a name, or 'name:' with 'needs_township:' or 'misprints:'");
            }
        }
        return villages.ToImmutable();
    }

    static ImmutableArray<Topic> ReadTopics(YamlSequenceNode? list, YamlNodes y)
    {
        if (list is null)
            return [];
        var topics = ImmutableArray.CreateBuilder<Topic>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            var map = y.Mapping(item, "each topic");
            var name = y.Text(map, "name", "a topic", required: true);
            var what = $"topic '{name}'";
            y.OnlyKeys(map, what, "name", "cues", "weak_cues");
            if (!names.Add(name))
                throw y.Error(item, $"{what} is listed twice");
            var cues = y.Words(map, "cues", what);
            if (cues.Length == 0)
                throw y.Error(item, $"{what} needs at least one cue word in 'cues'");
            var weak = y.Words(map, "weak_cues", what);
            if (weak.FirstOrDefault(cues.Contains) is { } both)
                throw y.Error(item, $"'{both}' of {what} is both a cue and a weak cue");
            topics.Add(new Topic(name, cues, weak));
        }
        return topics.ToImmutable();
    }
}
