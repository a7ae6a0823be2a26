using Pages.Archive;
using Pages.Cache;
using Pages.Search;

namespace Pages.Tests.Cache;

/// <summary>`pages search`'s index in the build cache: built once, then updated by article id.</summary>
public sealed class LuceneStoreTests : TempFolder
{
    static List<SearchDocument> Docs() => SearchDocuments.From(ArchiveLoader.Load([Repo.InputFolder], Repo.SampleConfig));

    static List<string> Top(ArchiveSearcher searcher, string query) =>
        [.. searcher.Search(SearchQuery.Parse(query, []), 20).Hits.Select(h => h.Document.Id)];

    [Fact]
    public void The_index_is_updated_by_article_id_and_answers_as_a_fresh_one()
    {
        var output = Path.Combine(Folder, "output");
        var docs = Docs();
        var (directory, first) = LuceneStore.Open(BuildCache.Open(output), docs);
        directory.Dispose();
        Assert.Equal(new LuceneStore.Update(docs.Count, 0, 0, 0), first);

        // One article rewritten, one gone, one new.
        var changed = docs.ToList();
        changed[3] = changed[3] with { Body = changed[3].Body + "秸秆禁烧再动员" };
        changed.RemoveAt(7);
        changed.Add(changed[0] with { Id = "new-article", Url = "articles/new-article.html", Body = "秸秆禁烧新闻" });
        var (updatedDirectory, update) = LuceneStore.Open(BuildCache.Open(output), changed);

        Assert.Equal(new LuceneStore.Update(1, 1, 1, docs.Count - 2), update);
        using var updated = new ArchiveSearcher(updatedDirectory, changed);
        using var fresh = new ArchiveSearcher(changed);
        foreach (var query in new[] { "秸秆禁烧", "示范区", "阳庙镇", "\"再动员\"" })
        {
            Assert.Equal(fresh.Search(SearchQuery.Parse(query, []), 50).Total, updated.Search(SearchQuery.Parse(query, []), 50).Total);
            Assert.Equal(Top(fresh, query).Order(), Top(updated, query).Order());
        }
        Assert.Contains("new-article", Top(updated, "秸秆禁烧"));
        Assert.DoesNotContain(docs[7].Id, Top(updated, docs[7].Title.Length > 1 ? docs[7].Title[..2] : "镇"));
    }
}
