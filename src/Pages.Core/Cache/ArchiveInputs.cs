namespace Pages.Cache;

/// <summary>
/// A hash of everything the archive was made from: every page's cache key (which covers its files,
/// its path, the configuration and the version of Pages) in path order, and the configuration.
/// Two builds with the same hash have the same site model, so the same search index and export;
/// with the same theme too, the same site.
/// </summary>
public static class ArchiveInputs
{
    /// <summary>The hash; null when a page has no key (it could not be hashed), so nothing is taken as unchanged.</summary>
    public static string? Of(IEnumerable<string?> pageKeys, string configHash)
    {
        using var hash = new ContentHash();
        hash.Add(BuildCache.PagesVersion).Add(configHash);
        foreach (var key in pageKeys)
        {
            if (key is null)
                return null;
            hash.Add(key);
        }
        return hash.Hex();
    }
}
