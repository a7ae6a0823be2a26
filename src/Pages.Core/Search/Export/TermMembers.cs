namespace Pages.Search.Export;

/// <summary>
/// Every document holding a term (with a tail), as a bitmap (six documents a codec character) or a
/// gap list (<see cref="PostingsCodec.DocList"/>), whichever is shorter: at most N/6 characters for N
/// documents. A conjunction or a phrase loads it for each of its terms, so a candidate that lacks a
/// term is dropped without loading the chunk that would tell, and every document that holds every
/// term is a candidate from the start (the exact total of a conjunction of terms).
/// Mirrored by <c>members</c> in theme/assets/search/engine.js.
/// </summary>
/// <param name="B">The bitmap: character i's bit j is document 6i + j.</param>
/// <param name="G">The gap list.</param>
public sealed record TermMembers(
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? B,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? G)
{
    public static TermMembers Of(int[] docs, int maxDoc)
    {
        var gaps = PostingsCodec.DocList(docs);
        var bitmapChars = (maxDoc + 5) / 6;
        if (gaps.Length <= bitmapChars)
            return new TermMembers(null, gaps);
        var bits = new int[bitmapChars];
        foreach (var doc in docs)
            bits[doc / 6] |= 1 << (doc % 6);
        return new TermMembers(new string([.. bits.Select(b => PostingsCodec.Alphabet[b])]), null);
    }
}
