using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Pages.Cache;

/// <summary>
/// How the cache writes the model as JSON. The model's records carry computed properties
/// (Article.Text, Article.Credits…) that are derived from the rest: they are left out, so a cached
/// page holds each fact once and reads back into records equal to the ones the splitter made.
/// </summary>
public static class CacheJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The types every build meets described at compile time (CacheJsonContext), the others by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CacheJsonContext.Default, new DefaultJsonTypeInfoResolver()).WithAddedModifier(SkipComputed),
    };

    static void SkipComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
                info.Properties.RemoveAt(i);
        }
    }
}
