using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pages.Search;

/// <summary>
/// Writes the Lucene index, the source of truth for both `pages search` and the exported index.
/// </summary>
public static class SearchIndex
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The similarity both sides score with (Lucene's defaults, k1 = 1.2, b = 0.75).</summary>
    public static BM25Similarity Similarity { get; } = new();

    /// <summary>
    /// Indexes <paramref name="docs"/> in the order given, then merges to one segment: the browser
    /// reproduces Lucene's statistics, which count every document of the index (maxDoc), so there
    /// must be exactly one segment and no deleted documents. The log merge policy merges neighbouring
    /// segments only, so document numbers stay the order the documents were added in.
    /// </summary>
    public static void Build(IReadOnlyList<SearchDocument> docs, LuceneDirectory directory)
    {
        using var writer = new IndexWriter(directory, WriterConfig(OpenMode.CREATE));
        foreach (var doc in docs)
            writer.AddDocument(ToLucene(doc));
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>How every index of Pages is written: the analyzer and similarity, and a merge policy that keeps document order.</summary>
    public static IndexWriterConfig WriterConfig(OpenMode mode) => new(Version, new SearchAnalyzer())
    {
        Similarity = Similarity,
        OpenMode = mode,
        MergePolicy = new LogDocMergePolicy(),
        RAMBufferSizeMB = 64,
    };

    /// <summary>The Lucene document of an article: its id stored, its text fields analysed, its facets as exact terms.</summary>
    public static Document ToLucene(SearchDocument doc)
    {
        var fields = new Document { new StringField(SearchFields.Id, doc.Id, Field.Store.YES) };
        foreach (var (name, _) in SearchFields.Weighted)
            fields.Add(new TextField(name, doc.Field(name), Field.Store.NO));
        foreach (var t in doc.Townships)
            fields.Add(new StringField(SearchFields.Township, t, Field.Store.NO));
        foreach (var v in doc.Villages)
            fields.Add(new StringField(SearchFields.Village, v, Field.Store.NO));
        foreach (var t in doc.Topics)
            fields.Add(new StringField(SearchFields.Topic, t, Field.Store.NO));
        foreach (var a in doc.Authors)
            fields.Add(new StringField(SearchFields.Author, a, Field.Store.NO));
        if (doc.Year is { } year)
            fields.Add(new StringField(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        fields.Add(new StringField(SearchFields.Kind, doc.KindName, Field.Store.NO));
        fields.Add(new StringField(SearchFields.Page, doc.PageLabel, Field.Store.NO));
        return fields;
    }
}
