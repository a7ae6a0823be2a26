using System.Diagnostics;
using Lucene.Net.Store;
using Pages.Search;
using Pages.Search.Export;

namespace Pages.Benchmarks;

/// <summary>
/// `index-profile FOLDER`: times the search stage's two halves on an archive, building the Lucene
/// index in memory and exporting the static index, to see which one a build waits for.
/// PAGES_PROFILE_LAST=N takes the archive's last N articles only: what an append exports (the
/// newest segment, <see cref="SearchSegments"/>). PAGES_PROFILE_INVERT=N builds the inverted index
/// alone N times.
/// </summary>
internal static class IndexProfile
{
    public static void Run(string input)
    {
        var archive = SampleArchive.LoadFolder(input);
        var docs = SearchDocuments.From(archive);
        if (int.TryParse(Environment.GetEnvironmentVariable("PAGES_PROFILE_LAST"), out var last))
            docs = docs.TakeLast(last).ToList();
        var clock = Stopwatch.StartNew();
        if (int.TryParse(Environment.GetEnvironmentVariable("PAGES_PROFILE_INVERT"), out var rounds))
        {
            // The inverted index alone, again and again, with the archive alive as in a build.
            for (var round = 0; round < rounds; round++)
            {
                var (before, gen2, cpu) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(2), Process.GetCurrentProcess().TotalProcessorTime);
                clock.Restart();
                var again = InvertedIndex.Build(docs);
                Console.WriteLine($"inverted index: {clock.ElapsedMilliseconds} ms, processor {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms, "
                    + $"{(GC.GetTotalAllocatedBytes(precise: true) - before) >> 20} MB allocated, {GC.CollectionCount(2) - gen2} full collections, {again.Terms.Count} terms");
            }
            return;
        }
        if (Environment.GetEnvironmentVariable("PAGES_PROFILE_EXPORT_ONLY") is { Length: > 0 })
        {
            Console.WriteLine($"live before the export (archive and search documents): {GC.GetTotalMemory(true) >> 20} MB");
            var built = InvertedIndex.Build(docs);
            Console.WriteLine($"inverted index: {clock.ElapsedMilliseconds} ms, live with it {GC.GetTotalMemory(true) >> 20} MB");
            GC.KeepAlive(built);
            ExportComputed(docs);
            return;
        }
        var tokens = 0L;
        foreach (var doc in docs)
            foreach (var (name, _) in SearchFields.Weighted)
                tokens += SearchTokenizer.Tokenize(doc.Field(name)).Count;
        Console.WriteLine($"tokenize alone: {clock.ElapsedMilliseconds} ms, {tokens} tokens");
        clock.Restart();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var inverted = InvertedIndex.Build(docs);
        Console.WriteLine($"own inverted index alone: {clock.ElapsedMilliseconds} ms, {inverted.Terms.Count} terms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) >> 20} MB allocated");
        clock.Restart();
        var facets = new FacetIndex(docs);
        foreach (var (term, lists) in inverted.Terms)
            facets.Counts(lists.Where(l => l is not null).SelectMany(l => l!.Docs).Distinct());
        Console.WriteLine($"facet counts alone: {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        using (var directory = new RAMDirectory())
            SearchIndex.Build(docs, directory);
        Console.WriteLine($"lucene index alone: {clock.ElapsedMilliseconds} ms");
        ExportComputed(docs);
        var output = Path.Combine(Path.GetTempPath(), "pages-index-profile");
        if (System.IO.Directory.Exists(output))
            System.IO.Directory.Delete(output, recursive: true);
        clock.Restart();
        var stats = SearchExport.Write(docs, output);
        var export = clock.ElapsedMilliseconds;
        System.IO.Directory.Delete(output, recursive: true);
        Console.WriteLine($"{docs.Count} articles, {docs.Sum(d => (long)d.Body.Length) / 1024} K body chars");
        Console.WriteLine($"export (index again + write): {export} ms, {stats.Files} files, {stats.Bytes / 1024} KB");
    }

    /// <summary>The export's own work, its files handed to a writer that writes nothing.</summary>
    static void ExportComputed(IReadOnlyList<SearchDocument> docs)
    {
        var (clock, allocated) = (Stopwatch.StartNew(), GC.GetTotalAllocatedBytes(precise: true));
        var stats = SearchExport.Write(docs, (_, _) => { }, null);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"export computed, nothing written: {clock.ElapsedMilliseconds} ms, {stats.Files} files, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) >> 20} MB allocated, peak working set {process.PeakWorkingSet64 >> 20} MB");
    }
}
