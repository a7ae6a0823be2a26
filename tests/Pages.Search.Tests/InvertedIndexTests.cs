using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pages.Archive;
using Pages.Config;
using Pages.Generate;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// The export's own inverted index holds exactly what Lucene's index (SearchIndex.Build, the source
/// of truth) holds for the searchable fields: every term's docFreq and each field's
/// sumTotalTermFreq, and every posting's frequency, positions and norm byte.
/// </summary>
public class InvertedIndexTests
{
    [Fact]
    public void Equals_lucene_on_the_sample() => AssertSameAsLucene(Sample.Docs);

    [Fact]
    public void Equals_lucene_on_a_generated_archive()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pages-inverted-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(Sample.RepoRoot, "input");
            var source = ArchiveLoader.Load([input], ConfigLoader.Load(Path.Combine(input, SiteConfig.FileName)));
            ArchiveGenerator.Generate(source, 60, 7, folder, null);
            var archive = ArchiveLoader.Load([folder], source.Config);
            var docs = SearchDocuments.From(archive);
            Assert.True(docs.Count > 200, $"only {docs.Count} generated articles");
            AssertSameAsLucene(docs);
            // Ranges inverted side by side, each writing its postings at its place in every list.
            AssertSameAsLucene(docs, ranges: 3);
            // Buffers of a few hundred tokens, flushed again and again inside documents.
            AssertSameAsLucene(docs, ranges: 2, batch: 307);
        }
        finally
        {
            if (System.IO.Directory.Exists(folder))
                System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    static void AssertSameAsLucene(IReadOnlyList<SearchDocument> docs, int? ranges = null, int batch = PostingsBatch.DefaultSize)
    {
        var mine = ranges is { } r ? InvertedIndex.Build(docs, r, batch) : InvertedIndex.Build(docs);
        using var directory = new RAMDirectory();
        SearchIndex.Build(docs, directory);
        using var reader = DirectoryReader.Open(directory);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;
        Assert.Equal(leaf.MaxDoc, mine.MaxDoc);
        var postings = 0L;
        for (var f = 0; f < SearchFields.Weighted.Count; f++)
        {
            var name = SearchFields.Weighted[f].Name;
            var terms = leaf.GetTerms(name);
            Assert.Equal(terms?.SumTotalTermFreq ?? 0, mine.SumTotalTermFreq[f]);
            var norms = leaf.GetNormValues(name);
            var luceneTerms = 0;
            var termsEnum = terms?.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            while (termsEnum is not null && termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                luceneTerms++;
                Assert.True(mine.Terms.TryGetValue(term, out var lists) && lists[f] is not null, $"{name}:{term} missing");
                var list = lists![f]!;
                Assert.Equal(termsEnum.DocFreq, list.Docs.Count);
                positions = termsEnum.DocsAndPositions(null, positions);
                var (i, at) = (0, 0);
                int doc;
                while ((doc = positions.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    Assert.Equal(doc, list.Docs[i]);
                    Assert.Equal(positions.Freq, list.Freqs[i]);
                    Assert.Equal((byte)(norms.Get(doc) & 0xFF), mine.Norms[f][doc]);
                    for (var p = 0; p < positions.Freq; p++)
                        Assert.Equal(positions.NextPosition(), list.Positions[at++]);
                    i++;
                    postings++;
                }
            }
            Assert.Equal(luceneTerms, mine.Terms.Values.Count(l => l[f] is not null));
        }
        Assert.True(postings > 1000);
    }
}
