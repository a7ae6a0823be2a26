using System.Text.Json.Serialization;
using Pages.Config;
using Pages.Site;

namespace Pages.Cache;

/// <summary>
/// The types every build writes or reads as JSON before its first stage (the cache's manifest,
/// the configuration for its hash) or after its last (the chunks of the search index's state, the
/// publishing journal), described at compile time. Described at run time, by reflection, they cost
/// each build 0.1-0.2 s on its one thread at the start, and compiling the serializer's code for them.
/// </summary>
[JsonSerializable(typeof(BuildCache.Manifest))]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(PublishJournal))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
