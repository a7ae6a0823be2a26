using System.Collections.Immutable;
using Pages.Config;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Corrections;

/// <summary>
/// Reads a page's corrections file, for example
/// <code>
/// - article: 今年上半年，地区生产总值     # the words the article starts with
///   title: 示范区经济运行稳中有进         # set or fix kicker, title, subtitle, byline
///   merge_next: true                   # the next article on the page is the rest of this one
///   split_at: 据了解                    # …or a second article begins here
///   move_headline_to: 近日，东风镇        # this headline belongs to that article
///   replace: {宁国镇: 宁郭镇}            # correct a misprint in the displayed text
///   add_townships: [宁郭镇]              # set or remove tags
/// - article: 焦作市城乡一体化示范区
///   furniture: true                    # not an article: page furniture
/// </code>
/// A mistake in the file names its line; the page is then built without its corrections.
/// </summary>
public static class CorrectionsReader
{
    public const string Suffix = ".fix.yml";

    public static string FileFor(string pageFile) => Path.ChangeExtension(pageFile, null) + Suffix;

    public static ImmutableArray<Correction> Read(string pageFile)
    {
        var file = FileFor(pageFile);
        return File.Exists(file) ? Parse(File.ReadAllText(file), file) : [];
    }

    public static ImmutableArray<Correction> Parse(string text, string file)
    {
        if (YamlNodes.Load(text, file) is not { } root)
            return [];
        var y = new YamlNodes(file);
        if (root is not YamlSequenceNode list)
            throw y.Error(root, "the corrections should be a list, one '- article: …' entry per article");
        var corrections = ImmutableArray.CreateBuilder<Correction>();
        foreach (var item in list)
        {
            var map = y.Mapping(item, "each correction");
            y.OnlyKeys(map, "a correction", "article", "title", "kicker", "subtitle", "byline", "merge_next", "split_at", "move_headline_to", "furniture", "replace", "add_townships", "remove_townships", "topics");
            string? Optional(string key) => YamlNodes.Child(map, key) is null ? null : y.Text(map, key, "a correction", required: false);
            var replace = ImmutableArray.CreateBuilder<(string, string)>();
            if (YamlNodes.Child(map, "replace") is { } node)
            {
                foreach (var (from, to) in y.Mapping(node, "'replace'").Children)
                {
                    if (from is not YamlScalarNode { Value: { Length: > 0 } f } || to is not YamlScalarNode { Value: { } t })
                        throw y.Error(from, "each line of 'replace' should be 'misprint: correction'");
                    replace.Add((f, t));
                }
            }
            corrections.Add(new Correction(
                file,
                (int)item.Start.Line,
                y.Text(map, "article", "a correction", required: true),
                Optional("title"),
                Optional("kicker"),
                Optional("subtitle"),
                Optional("byline"),
                y.Flag(map, "merge_next", "a correction"),
                Optional("split_at"),
                Optional("move_headline_to"),
                y.Flag(map, "furniture", "a correction"),
                replace.ToImmutable(),
                y.Words(map, "add_townships", "a correction"),
                y.Words(map, "remove_townships", "a correction"),
                YamlNodes.Child(map, "topics") is null ? null : y.Words(map, "topics", "a correction")));
        }
        return corrections.ToImmutable();
    }
}
