using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pages.Archive;
using Pages.Model;
using Pages.Reading;
using Pages.Tagging;

namespace Pages.Export;

/// <summary>
/// The JSON shape of a split page: what `pages split --json` prints and what the site exports for
/// reuse (../shared/eval/README.md is the contract; the field names there are kept exactly).
/// One owner type for the format, so the command, the export and the tests cannot drift apart.
/// </summary>
public sealed record PageJson(
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("edition")] string? Edition,
    [property: JsonPropertyName("pageNumber")] int? PageNumber,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("layout")] string Layout,
    [property: JsonPropertyName("articles")] IReadOnlyList<ArticleJson> Articles,
    [property: JsonPropertyName("furniture")] IReadOnlyList<string> Furniture)
{
    public static PageJson From(LoadedPage page) => From(page, SourceNames.AsGiven);

    /// <summary>The page with its input file named as <paramref name="names"/> names it (the site's export names it under its input folder).</summary>
    public static PageJson From(LoadedPage page, SourceNames names) => new(
        page.Split.Name,
        names.Of(page.Split.File),
        page.Meta.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        page.Meta.Edition,
        page.Meta.PageNumber,
        page.Meta.Section,
        page.Split.Layout == PageLayout.HeadlinesAfterBody ? "headlines-after-body" : "headlines-before-body",
        [.. page.Articles.Select(a => ArticleJson.From(a, names))],
        [.. page.Split.Furniture.Select(f => f.Text)]);
}

/// <summary>One article in the JSON contract.</summary>
public sealed record ArticleJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("kicker")] string? Kicker,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("subtitle")] string? Subtitle,
    [property: JsonPropertyName("byline")] string? Byline,
    [property: JsonPropertyName("credit")] string? Credit,
    [property: JsonPropertyName("authors")] IReadOnlyList<string> Authors,
    [property: JsonPropertyName("credits")] IReadOnlyList<CreditJson> Credits,
    [property: JsonPropertyName("sections")] IReadOnlyList<string> Sections,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("townships")] IReadOnlyList<string> Townships,
    [property: JsonPropertyName("villages")] IReadOnlyList<string> Villages,
    [property: JsonPropertyName("zone")] bool Zone,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics,
    [property: JsonPropertyName("dates")] IReadOnlyList<string> Dates,
    [property: JsonPropertyName("followUp")] bool FollowUp,
    [property: JsonPropertyName("corrected")] IReadOnlyList<string> Corrected,
    [property: JsonPropertyName("printedText")] string? PrintedText,
    [property: JsonPropertyName("span")] SpanJson Span)
{
    public static ArticleJson From(TaggedArticle tagged, SourceNames names)
    {
        var (a, tags) = (tagged.Article, tagged.Tags);
        return new(
            ArticleIds.Of(a),
            a.Kind.ToString().ToLowerInvariant(),
            a.Kicker?.Text,
            a.Title?.Text,
            a.Subtitle?.Text,
            (a.Byline ?? a.PhotoCredit)?.Text,
            a.PhotoCredit?.Text,
            [.. a.Credits.Select(c => c.Name)],
            [.. a.Credits.Select(c => new CreditJson(c.Name, c.Role))],
            [.. a.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!.Text)],
            a.Text,
            tags.Townships,
            tags.Villages,
            tags.Zone,
            tags.Topics,
            [.. tags.Dates.Select(d => d.ToString())],
            a.IsFollowUp,
            a.Corrected,
            a.PrintedText,
            new SpanJson(names.Of(a.Span.File), a.Span.FirstLine, a.Span.LastLine));
    }
}

public sealed record CreditJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role);

public sealed record SpanJson(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("first")] int First,
    [property: JsonPropertyName("last")] int Last);

public static class SplitJson
{
    /// <summary>
    /// Indented, with Chinese written as itself rather than \u escapes, so the output is readable
    /// and diffs well. (This is JSON for files and pipes; HTML pages escape their own text.)
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(IEnumerable<LoadedPage> pages) =>
        JsonSerializer.Serialize(pages.Select(PageJson.From).ToList(), Options);

    /// <summary>Writes the pages one by one, so a large archive's export is never all in memory.</summary>
    public static void Serialize(IEnumerable<LoadedPage> pages, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        writer.WriteStartArray();
        foreach (var page in pages)
            JsonSerializer.Serialize(writer, PageJson.From(page), Options);
        writer.WriteEndArray();
    }
}
