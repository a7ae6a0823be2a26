using System.Collections.Concurrent;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// Updates of an index numbered by pages (<see cref="SearchNumbers"/>: each page a run of numbers,
/// some unused), as the build numbers it: a correction that splits or merges articles on an old
/// page gives the same bytes as a whole export and rewrites only what that page's articles are in;
/// the later pages' articles keep their numbers, so their display files and the newest segment are
/// kept.
/// </summary>
public class PagedUpdateTests
{
    static readonly SearchExportOptions Options = UpdateTests.Small with { PageRun = 4 };

    /// <summary>Page sizes of the sample before the correction: the second page has two articles.</summary>
    static readonly int[] Sizes = [3, 2, 4, 3, 1, 3, 2, 4];

    static SearchDocument?[] Numbered(List<SearchDocument> docs, int[] sizes) =>
        Sample.PagesOf(docs.Count, sizes).Spread(docs);

    /// <summary><see cref="Sizes"/> in turn for every page of the sample, with <paramref name="change"/> articles more on page <paramref name="page"/>.</summary>
    static int[] SampleSizes(int page = 0, int change = 0)
    {
        var sizes = new List<int>();
        for (var (p, left) = (0, Sample.Docs.Count); left > 0; left -= sizes[^1], p++)
            sizes.Add(Math.Min(left, Sizes[p % Sizes.Length]));
        sizes[page] += change;
        return [.. sizes];
    }

    [Fact]
    public void An_article_split_on_an_old_page_rewrites_that_page_and_keeps_every_later_articles_files()
    {
        var before = Numbered(Sample.Docs, SampleSizes());
        // The second page's first article (the sample's fourth) split in two: that page has three now.
        var split = Sample.Docs[3];
        var half = split.Body.Length / 2;
        var docs = Sample.Docs.Take(3)
            .Append(split with { Body = split.Body[..half] })
            .Append(split with { Id = split.Id + "-2", Url = split.Url + "-2", Title = "", Body = split.Body[half..] })
            .Concat(Sample.Docs.Skip(4)).ToList();
        var after = Numbered(docs, SampleSizes(1, +1));
        Assert.Equal(before[8..], after[8..]);

        var written = new ConcurrentBag<string>();
        var updated = UpdateTests.Updated(UpdateTests.Whole(before, Options), before, after, written: written, options: Options);
        UpdateTests.AssertSame(UpdateTests.Whole(after, Options), updated, "split: ");
        Assert.Equal([SegmentWork.Updated, SegmentWork.Kept], updated.Work);
        // Display files: the second page's (numbers 4 to 7), none of a later page's.
        var displays = written.Where(f => SearchShards.Key(f).StartsWith("d/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(displays);
        Assert.All(displays, f => Assert.Contains(f, Enumerable.Range(4, 4).Select(n => SearchShards.File(SearchShards.Docs(n, Options.DocsPerFile)))));
    }

    static bool Block(string file, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(file), "^" + name + @"b\d+\.js$");

    [Fact]
    public void A_split_rewrites_a_few_of_a_frequent_terms_many_blocks()
    {
        // The sample twenty times over (720 articles, one segment), blocks of at most eight postings:
        // a frequent term has about a hundred blocks.
        var options = Options with { SegmentDocs = 4096 };
        var many = Enumerable.Range(0, 20).SelectMany(copy => Sample.Docs.Select(d => d with { Id = $"{d.Id}-{copy}", Url = $"{d.Url}-{copy}" })).ToList();
        var split = many[300];
        var docs = many.Take(300)
            .Append(split with { Body = split.Body[..(split.Body.Length / 2)] })
            .Append(split with { Id = split.Id + "-2", Url = split.Url + "-2", Title = "", Body = split.Body[(split.Body.Length / 2)..] })
            .Concat(many.Skip(301)).ToList();
        var before = Sample.PagesOf(many.Count, 3).Spread(many);
        // The split page (the hundred-and-first, three articles from the 300th) has four articles now.
        var sizes = Enumerable.Repeat(3, many.Count / 3).ToArray();
        sizes[100] = 4;
        var after = Sample.PagesOf(docs.Count, sizes).Spread(docs);

        var published = UpdateTests.Whole(before, options);
        var written = new ConcurrentBag<string>();
        var updated = UpdateTests.Updated(published, before, after, UpdateTests.MaxShare, written, options);
        UpdateTests.AssertSame(UpdateTests.Whole(after, options), updated, "split: ");
        Assert.Equal([SegmentWork.Updated], updated.Work);
        foreach (var term in new[] { "的", "示范", "工作" })
        {
            var name = OwnFiles.Name(term);
            var blocks = published.Files.Keys.Count(f => Block(f, name));
            var rewritten = written.Count(f => Block(f, name));
            // Four articles of the page changed (numbered one after another here, two moved up one):
            // each old and new posting's block, and the next ones until the cuts fall where they fell
            // (with blocks this small, a cut in four postings, a few blocks on; with the build's, a
            // cut in 512, nearly always the next). Cut at fixed sizes, every block between a
            // posting's old and new place was written again: most of them.
            Assert.True(blocks >= 50 && rewritten <= blocks / 3, $"{term}: {rewritten} of its {blocks} blocks written again");
        }
    }

    [Fact]
    public void Two_articles_merged_on_an_old_page_leave_a_number_unused_with_a_whole_exports_bytes()
    {
        var before = Numbered(Sample.Docs, SampleSizes());
        var (first, second) = (Sample.Docs[5], Sample.Docs[6]);
        var docs = Sample.Docs.Take(5)
            .Append(first with { Body = first.Body + "\n" + second.Body })
            .Concat(Sample.Docs.Skip(7)).ToList();
        var after = Numbered(docs, SampleSizes(2, -1));
        Assert.Equal(before[12..], after[12..]);
        Assert.Null(after[11]);

        var updated = UpdateTests.Updated(UpdateTests.Whole(before, Options), before, after, options: Options);
        UpdateTests.AssertSame(UpdateTests.Whole(after, Options), updated, "merge: ");
        // One article fewer moves the 24th to the next page, and the cut with it: the newest segment is exported again.
        Assert.Equal([SegmentWork.Updated, SegmentWork.Exported], updated.Work);
    }

    [Fact]
    public void The_older_segment_ends_where_a_page_starts()
    {
        var docs = Numbered(Sample.Docs, SampleSizes());
        var segments = SearchSegments.Of(docs, Options);
        Assert.Equal(2, segments.Count);
        Assert.Equal(0, segments[1].Start % Options.PageRun);
        Assert.NotNull(docs[segments[1].Start]);
        Assert.InRange(docs.Take(segments[1].Start).Count(d => d is not null), 1, Options.SegmentDocs);
        Assert.Equal(docs.Length, segments[1].End);
    }
}
