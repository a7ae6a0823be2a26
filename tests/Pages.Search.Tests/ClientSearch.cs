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

    /// <summary>The first <paramref name="top"/> results (every one when null), as the page asks for them.</summary>
    public (int Total, bool Exact, List<Hit> Hits) Search(string query, IReadOnlyDictionary<string, string[]>? filters = null, int? top = 20)
    {
        js.SetValue("__q", query);
        js.SetValue("__k", top is { } k ? k : Jint.Native.JsValue.Undefined);
        js.Execute($"var __query = engine.parse(__q, {JsonSerializer.Serialize(filters ?? new Dictionary<string, string[]>())});");
        // A round per block at worst; the bound only stops a client that would never finish.
        for (var round = 0; round < 10_000; round++)
        {
            var keys = js.Evaluate("JSON.stringify(engine.missing(__query, __k))").AsString();
            var missing = JsonSerializer.Deserialize<string[]>(keys)!;
            if (missing.Length == 0)
                break;
            foreach (var key in missing)
            {
                Sample.LoadKey(js, site, key);
                Loaded.Add(key);
            }
        }
        var json = js.Evaluate("JSON.stringify(engine.run(__query, __k))").AsString();
        using var result = JsonDocument.Parse(json);
        var hits = result.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => new Hit(h.GetProperty("doc").GetInt32(), h.GetProperty("score").GetSingle())).ToList();
        return (result.RootElement.GetProperty("total").GetInt32(), result.RootElement.GetProperty("exact").GetBoolean(), hits);
    }

    /// <summary>
    /// For a result of the last query, the text the page cuts its excerpt from and the keys of the
    /// body parts it loads for it, as ui.js (<c>deepen</c>) reads them part by part.
    /// </summary>
    public (string Text, List<string> Parts) Deepen(int doc)
    {
        Sample.LoadKey(js, site, Pages.Search.Export.SearchShards.Docs(doc, Pages.Search.Export.SearchExportOptions.Default.DocsPerFile));
        js.Execute($"var __r = PagesSearch.reading(engine, __query, {doc});");
        var parts = new List<string>();
        while (js.Evaluate("PagesSearch.wantsMore(__r)").AsBoolean())
        {
            var key = js.Evaluate("engine.textKey(__r.doc, __r.part)").AsString();
            Sample.LoadKey(js, site, key);
            parts.Add(key);
            if (!js.Evaluate("PagesSearch.readPart(engine, __r)").AsBoolean())
                throw new InvalidOperationException($"{key} was loaded but its part is not there");
        }
        return (js.Evaluate("__r.text").AsString(), parts);
    }

    /// <summary>The last query's counts per facet and value (a one-term query's, for the filters' panel).</summary>
    public Dictionary<string, Dictionary<string, int>> Counts() =>
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(js.Evaluate("JSON.stringify(engine.run(__query, __k).counts)").AsString())!;

    /// <summary>
    /// The last query's filter counts as the page completes them (Engine.facetCounts, with every
    /// file it asks for loaded); null where the archive is too large for them.
    /// </summary>
    public Dictionary<string, Dictionary<string, int>>? FacetCounts()
    {
        for (var round = 0; round < 1_000; round++)
        {
            var json = js.Evaluate("JSON.stringify(engine.facetCounts(__query))").AsString();
            if (json == "null")
                return null;
            using var result = JsonDocument.Parse(json);
            var need = result.RootElement.GetProperty("need").EnumerateArray().Select(k => k.GetString()!).ToList();
            if (need.Count == 0)
                return result.RootElement.GetProperty("counts").Deserialize<Dictionary<string, Dictionary<string, int>>>();
            foreach (var key in need)
            {
                Sample.LoadKey(js, site, key);
                Loaded.Add(key);
            }
        }
        throw new InvalidOperationException("the counts kept asking for files");
    }

    /// <summary>The index's facets and their values, as the page lists them.</summary>
    public List<(string Name, string[] Values)> Facets() =>
        [.. JsonSerializer.Deserialize<string[][][]>(js.Evaluate("JSON.stringify(engine.index.facets.map(function (f) { return [[f.name], f.values]; }))").AsString())!
            .Select(f => (f[0][0], f[1]))];

    /// <summary>Runs a script against the client's engine (tests that change its settings).</summary>
    public void Execute(string script) => js.Execute(script);
}
