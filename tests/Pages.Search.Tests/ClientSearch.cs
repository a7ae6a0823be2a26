using System.Text.Json;
using Jint;

namespace Pages.Search.Tests;

/// <summary>Runs the browser client's engine in Jint over an exported index, loading shards as a browser would.</summary>
internal sealed class ClientSearch
{
    readonly Engine js;
    readonly string site;

    public ClientSearch(string site)
    {
        this.site = site;
        js = Sample.Client(site);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
    }

    /// <summary>Every key loaded so far, in order.</summary>
    public List<string> Loaded { get; } = [];

    public sealed record Hit(int Doc, float Score);

    public (int Total, List<Hit> Hits) Search(string query, IReadOnlyDictionary<string, string[]>? filters = null)
    {
        js.SetValue("__q", query);
        js.Execute($"var __query = engine.parse(__q, {JsonSerializer.Serialize(filters ?? new Dictionary<string, string[]>())});");
        for (var round = 0; round < 5; round++)
        {
            var keys = js.Evaluate("JSON.stringify(engine.missing(__query))").AsString();
            var missing = JsonSerializer.Deserialize<string[]>(keys)!;
            if (missing.Length == 0)
                break;
            foreach (var key in missing)
            {
                Sample.LoadKey(js, site, key);
                Loaded.Add(key);
            }
        }
        var json = js.Evaluate("JSON.stringify(engine.run(__query))").AsString();
        using var result = JsonDocument.Parse(json);
        var hits = result.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => new Hit(h.GetProperty("doc").GetInt32(), h.GetProperty("score").GetSingle())).ToList();
        return (result.RootElement.GetProperty("total").GetInt32(), hits);
    }
}
