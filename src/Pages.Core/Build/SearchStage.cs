using Pages.Search;
using Pages.Search.Export;
using Pages.Site;

namespace Pages.Build;

/// <summary>
/// The build's index stage: the static search index (search/). The index is a function of the
/// archive alone, so when the archive is the one the published site was built from (only the
/// theme changed), its files are kept as they are instead of exported again.
/// </summary>
internal static class SearchStage
{
    /// <summary>Exports or keeps the index; returns the number of its files.</summary>
    public static int Run(SiteModel site, bool archiveUnchanged, StagingFolder staging)
    {
        var kept = archiveUnchanged
            ? staging.PublishedFiles.Keys.Where(p => p.StartsWith(SearchShards.Folder + "/", StringComparison.Ordinal)).ToList()
            : null;
        if (kept is not null && kept.TrueForAll(staging.CanKeep))
        {
            kept.ForEach(staging.Keep);
            return kept.Count;
        }
        return SearchExport.Write(SearchDocuments.From(site), staging.WriteBytes).Files;
    }
}
