using System.Collections.Concurrent;
using Pages.Build;
using Pages.Cache;
using Pages.Model;

namespace Pages.Tests.Cache;

/// <summary>The build's read stage, with the cache, on a page deleted after it was found.</summary>
public sealed class PageWorkTests : TempFolder
{
    [Fact]
    public void A_page_gone_before_the_build_reads_it_is_reported_by_name()
    {
        var cache = BuildCache.Open(Path.Combine(Folder, "output"));
        var problems = new ConcurrentBag<Problem>();
        var gone = Path.Combine(Folder, "pages", "gone.txt");

        var work = PageWork.Read(gone, cache.Pages, PageStamps.Load(cache.Root, "config"), "config", problems);

        Assert.Null(work);
        var problem = Assert.Single(problems);
        Assert.Equal(gone, problem.File);
        Assert.Contains("no longer there", problem.Message);
    }
}
