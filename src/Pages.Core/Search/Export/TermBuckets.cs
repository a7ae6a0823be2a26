namespace Pages.Search.Export;

/// <summary>
/// Which shard file holds a term: FNV-1a over the term's UTF-16 code units, modulo the number of
/// buckets. Mirrored by <c>bucketOf</c> in theme/assets/search/engine.js.
/// </summary>
public static class TermBuckets
{
    public static int Of(string term, int buckets)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619u);
        }
        return (int)(hash % (uint)buckets);
    }
}
