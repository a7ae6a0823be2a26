using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Pages.Search;

/// <summary>A search result: the document, its Lucene score and a highlighted excerpt.</summary>
public sealed record SearchHit(SearchDocument Document, int DocNumber, float Score, IReadOnlyList<ExcerptPart> Excerpt);

/// <summary>The ranked results of a query and how many documents matched in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// Searches the Lucene index of a set of documents, for `pages search` and as the reference the
/// browser client's results are tested against.
/// </summary>
public sealed class ArchiveSearcher : IDisposable
{
    readonly Lucene.Net.Store.Directory directory;
    readonly DirectoryReader reader;
    readonly IndexSearcher searcher;
    readonly Dictionary<string, SearchDocument> byId;

    /// <summary>Builds the index of <paramref name="docs"/> in memory and searches it.</summary>
    public ArchiveSearcher(IReadOnlyList<SearchDocument> docs)
        : this(Built(docs), docs)
    {
    }

    /// <summary>Searches the index in <paramref name="directory"/> (which it then owns), whose documents are <paramref name="docs"/>.</summary>
    public ArchiveSearcher(Lucene.Net.Store.Directory directory, IReadOnlyList<SearchDocument> docs)
    {
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = SearchIndex.Similarity };
        byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    static RAMDirectory Built(IReadOnlyList<SearchDocument> docs)
    {
        var directory = new RAMDirectory();
        SearchIndex.Build(docs, directory);
        return directory;
    }

    public Lucene.Net.Store.Directory Directory => directory;

    public SearchResults Search(SearchQuery query, int top = 20)
    {
        if (query.IsEmpty)
            return new SearchResults(0, []);
        var found = searcher.Search(LuceneQueries.For(query), LuceneQueries.Filter(query), Math.Max(1, top));
        var hits = found.ScoreDocs.Select(d =>
        {
            var doc = byId[searcher.Doc(d.Doc).Get(SearchFields.Id)];
            var text = doc.Body.Length > 0 ? doc.Body : doc.DisplayTitle;
            return new SearchHit(doc, d.Doc, d.Score, Excerpts.Make(text, query));
        }).ToList();
        return new SearchResults(found.TotalHits, hits);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
