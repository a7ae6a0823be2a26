using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pages.Cache;
using Pages.Site;

namespace Pages.Tests.Cache;

/// <summary>
/// The JSON the cache writes for the types described at compile time (<see cref="CacheJsonContext"/>)
/// is the JSON reflection would write: the configuration's hash, the search state's chunks and
/// the publishing journal mean what they meant.
/// </summary>
public sealed class CacheJsonTests
{
    /// <summary>The cache's options as they were, every type described by reflection.</summary>
    static readonly JsonSerializerOptions ByReflection = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
                return;
            for (var i = info.Properties.Count - 1; i >= 0; i--)
                if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null)
                    info.Properties.RemoveAt(i);
        }),
    };

    [Fact]
    public void The_configuration_is_written_as_reflection_writes_it_without_its_computed_members()
    {
        var json = JsonSerializer.Serialize(Repo.SampleConfig, CacheJson.Options);
        Assert.Equal(JsonSerializer.Serialize(Repo.SampleConfig, ByReflection), json);
        Assert.Contains("阳庙镇", json);
        Assert.Contains("\"Misprints\"", json);
        Assert.DoesNotContain("Spellings", json);
    }

    [Fact]
    public void Chunks_of_texts_read_back_as_written()
    {
        string?[]?[] chunk = [["标题", null, "正文\n第二段"], null, ["<b>&</b>", "", "\"引号\""]];
        var bytes = JsonSerializer.SerializeToUtf8Bytes(chunk, CacheJson.Options);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(chunk, ByReflection), bytes);
        Assert.Equal(chunk, JsonSerializer.Deserialize<string[][]>(bytes, CacheJson.Options));
    }

    [Fact]
    public void The_publishing_journal_reads_back_as_written()
    {
        var journal = new PublishJournal("output.staging", ["a.html", "阳庙镇.html"], ["old.html"]);
        var json = JsonSerializer.Serialize(journal, CacheJsonContext.Default.PublishJournal);
        Assert.Equal(JsonSerializer.Serialize(journal), json);
        var back = JsonSerializer.Deserialize(json, CacheJsonContext.Default.PublishJournal)!;
        Assert.Equal(journal.Staging, back.Staging);
        Assert.Equal(journal.Moves, back.Moves);
        Assert.Equal(journal.Deletions, back.Deletions);
    }
}
