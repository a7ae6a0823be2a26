using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pages.Config;

/// <summary>
/// Reads values out of a YAML tree, failing with the file and line of the node at fault. The
/// configuration is read this way, rather than deserialised into classes, so that every mistake
/// (a missing name, a list where a word was expected, an unknown key) points at its line.
/// </summary>
internal sealed class YamlNodes(string file)
{
    public ConfigException Error(YamlNode node, string problem) => new(file, (int)node.Start.Line, problem);

    /// <summary>Parses <paramref name="text"/>: its first document's root, or null for an empty file; bad YAML names its line.</summary>
    public static YamlNode? Load(string text, string file)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        return yaml.Documents.Count == 0 ? null : yaml.Documents[0].RootNode;
    }

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} should be a set of 'key: value' lines");

    /// <summary>Fails on a key that is not one of <paramref name="known"/>: a misspelt key would otherwise be ignored silently.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] known)
    {
        foreach (var key in map.Children.Keys)
            if (key is not YamlScalarNode { Value: { } k } || !known.Contains(k))
                throw Error(key, $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", known)}");
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string Text(YamlMappingNode map, string key, string what, bool required)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
        {
            if (required)
                throw Error(node ?? map, $"{what} needs '{key}'");
            return "";
        }
        if (node is not YamlScalarNode scalar)
            throw Error(node, $"'{key}' in {what} should be a single value, not a list or a set of keys");
        var value = (scalar.Value ?? "").Trim();
        if (required && value.Length == 0)
            throw Error(node, $"'{key}' in {what} is empty");
        return value;
    }

    public bool Flag(YamlMappingNode map, string key, string what)
    {
        var text = Text(map, key, what, required: false);
        return text switch
        {
            "" or "false" or "no" => false,
            "true" or "yes" => true,
            _ => throw Error(Child(map, key)!, $"'{key}' in {what} should be true or false"),
        };
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string what)
    {
        var node = Child(map, key);
        if (node is null || IsNull(node))
            return null;
        return node as YamlSequenceNode ?? throw Error(node, $"'{key}' in {what} should be a list");
    }

    /// <summary>A list of words; each must be non-empty and appear once.</summary>
    public ImmutableArray<string> Words(YamlMappingNode map, string key, string what)
    {
        var list = Sequence(map, key, what);
        if (list is null)
            return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list)
        {
            if (item is not YamlScalarNode { Value: { } v } || v.Trim().Length == 0)
                throw Error(item, $"each item of '{key}' in {what} should be a word");
            if (!seen.Add(v.Trim()))
                throw Error(item, $"'{v.Trim()}' is listed twice in '{key}' of {what}");
            words.Add(v.Trim());
        }
        return words.ToImmutable();
    }

    static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;
}
