namespace Pages.Search;

/// <summary>
/// The exported index's format version. The same number is written in theme/assets/search/engine.js
/// (<c>FORMAT_VERSION</c>); the client refuses an index stamped with another one, because a client
/// reading postings it does not understand would rank silently wrong instead of failing.
/// </summary>
public static class SearchFormat
{
    public const int Version = 17;
}
