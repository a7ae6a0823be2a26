using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// <see cref="SearchUpdate"/> against a whole export of the same documents: every file and the
/// state the next update starts from must be the same. Small blocks, so that frequent terms have
/// many blocks and the block-by-block path (<c>OwnTermUpdate</c>) is taken, and files of their own
/// for every term; the sample's 36 articles in two segments (<see cref="SearchSegments"/>), the
/// older of 24, so that an edit updates one segment and keeps the other.
/// </summary>
public class UpdateTests
{
    internal static readonly SearchExportOptions Small = new(FirstBlock: 2, MaxBlock: 8, OwnFileChars: 0, BucketChars: 256, DocsPerFile: 3, MapPart: 8, PiecePositions: 16, PositionBucketChars: 256, InlineBucketChars: 256,
        SegmentDocs: 24);

    /// <param name="Work">For an update, what it did with each segment.</param>
    internal sealed record Export(Dictionary<string, byte[]> Files, ExportState[] States, SegmentWork[]? Work = null)
    {
        /// <summary>Whether the update exported a segment whole instead of updating it (a whole export "gives way" in every segment).</summary>
        public bool GaveWay => Work is null || Work.Contains(SegmentWork.Exported);
    }

    /// <summary>The share of large terms' postings beyond which a build's update gives way (<see cref="SearchUpdate.MaxWholeShare"/>).</summary>
    internal const double MaxShare = SearchUpdate.MaxWholeShare;

    /// <summary>Every term inline in its bucket, positions in p/ buckets.</summary>
    static readonly SearchExportOptions Inline = Small with { OwnFileChars = int.MaxValue };

    internal static Export Whole(IReadOnlyList<SearchDocument?> docs, SearchExportOptions? options = null)
    {
        var files = new ConcurrentDictionary<string, byte[]>();
        var (_, states) = SearchExport.Export(docs, (file, bytes) => files[file] = bytes, options ?? Small);
        return new Export(new Dictionary<string, byte[]>(files), states);
    }

    /// <summary>Updates <paramref name="published"/> (exported from <paramref name="before"/>) to <paramref name="after"/>.</summary>
    internal static Export Updated(Export published, IReadOnlyList<SearchDocument?> before, IReadOnlyList<SearchDocument?> after, double wholeShare = 1,
        ConcurrentBag<string>? written = null, SearchExportOptions? options = null)
    {
        var files = new ConcurrentDictionary<string, byte[]>();
        var names = SearchFields.Weighted.Select(f => f.Name).ToArray();
        var index = new PublishedIndex(
            published.States,
            [.. published.Files.Keys.Select(SearchShards.Key)],
            key => published.Files.GetValueOrDefault(SearchShards.File(key)),
            doc => doc < before.Count && before[doc] is { } d ? [.. names.Select(d.Field)] : null,
            (file, bytes) =>
            {
                files[file] = bytes;
                written?.Add(file);
            },
            key => files[SearchShards.File(key)] = published.Files[SearchShards.File(key)]);
        var update = SearchUpdate.Run(after, index, options ?? Small, wholeShare);
        return new Export(new Dictionary<string, byte[]>(files), update.States, update.Work);
    }

    /// <param name="what">Said with a difference (which edit made it).</param>
    internal static void AssertSame(Export whole, Export updated, string what = "")
    {
        Assert.Equal(whole.Files.Keys.Order(StringComparer.Ordinal), updated.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in whole.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(updated.Files[file]), $"{what}{file} differs:\n{Encoding.UTF8.GetString(bytes)}\n{Encoding.UTF8.GetString(updated.Files[file])}");
        Assert.Equal(whole.States.Length, updated.States.Length);
        foreach (var (state, again) in whole.States.Zip(updated.States))
            foreach (var property in typeof(ExportState).GetProperties())
                Assert.True(Json(property.GetValue(state)) == Json(property.GetValue(again)), $"{what}the state's {property.Name} differs");
    }

    /// <summary>A state's part as JSON; a dictionary in key order (the order it was filled in does not matter).</summary>
    static string Json(object? value) => value is Dictionary<string, OwnTermState> blocks
        ? JsonSerializer.Serialize(new SortedDictionary<string, OwnTermState>(blocks, StringComparer.Ordinal))
        : JsonSerializer.Serialize(value);

    /// <summary>Whether a file of search/ is in folder <paramref name="folder"/> (t, x, y…) of its segment.</summary>
    static bool In(string file, string folder)
    {
        var key = SearchShards.Key(file);
        return SearchSegments.Owner(key) is { } segment && key[segment.Length..].StartsWith(folder + "/", StringComparison.Ordinal);
    }

    static List<SearchDocument> Edited(Func<SearchDocument, int, SearchDocument> edit) => [.. Sample.Docs.Select(edit)];

    [Fact]
    public void An_edited_body_updates_to_the_whole_exports_bytes()
    {
        var published = Whole(Sample.Docs);
        var after = Edited((d, i) => i == 5 ? d with { Body = d.Body.Replace("示范区", "示范区域", StringComparison.Ordinal) } : d);
        AssertSame(Whole(after), Updated(published, Sample.Docs, after));
    }

    [Fact]
    public void A_block_whose_positions_shrink_loses_the_pieces_it_no_longer_has()
    {
        // 示范区 forty times more in one article: its blocks of 示范 and 范区 have a piece of their
        // own for it (pieces of 16 positions) until the edit takes them out again.
        var before = Edited((d, i) => i == 5 ? d with { Body = d.Body + string.Concat(Enumerable.Repeat("。示范区", 40)) } : d);
        var published = Whole(before);
        var updated = Updated(published, before, Sample.Docs);
        AssertSame(Whole(Sample.Docs), updated);
        // Pieces go (and with blocks cut where the documents say, a block of a term now cut in fewer).
        var gone = published.Files.Keys.Where(f => In(f, "y")).Except(updated!.Files.Keys).ToList();
        Assert.Contains(gone, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"b\d+p\d+\.js$"));
    }

    [Fact]
    public void A_character_replaced_rewrites_only_the_terms_it_is_in()
    {
        var published = Whole(Sample.Docs);
        var body = Sample.Docs[5].Body;
        var at = body.IndexOf('的', StringComparison.Ordinal);
        var after = Edited((d, i) => i == 5 ? d with { Body = body[..at] + "之" + body[(at + 1)..] } : d);
        var written = new ConcurrentBag<string>();
        AssertSame(Whole(after), Updated(published, Sample.Docs, after, written: written));
        // The unigrams 的 and 之 and the bigrams on either side: each term's header bucket and
        // positions bucket, its own files, the document's display file, the facet files, index.js.
        var termFiles = written.Count(f => In(f, "x") || In(f, "t"));
        Assert.InRange(termFiles, 1, 6 * 8);
        Assert.True(published.Files.Count(f => In(f.Key, "t")) > 100);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_inserted_moves_positions_and_rewrites_only_positions(bool inline)
    {
        var options = inline ? Inline : Small;
        var published = Whole(Sample.Docs, options);
        var body = Sample.Docs[5].Body;
        var after = Edited((d, i) => i == 5 ? d with { Body = body[..10] + "之" + body[10..] } : d);
        var written = new ConcurrentBag<string>();
        AssertSame(Whole(after, options), Updated(published, Sample.Docs, after, written: written, options: options));
        // Every term after the insertion has new positions, but only the terms at the insertion
        // (之 and the bigrams around it) have new postings.
        var positions = written.Count(f => In(f, inline ? "p" : "y"));
        var postings = written.Count(f => In(f, inline ? "t" : "x"));
        Assert.True(positions > 100, $"{positions} positions files written");
        Assert.InRange(postings, 1, 6 * 8);
    }

    [Fact]
    public void A_body_cut_short_loses_the_parts_it_no_longer_has()
    {
        var options = SearchExportOptions.Default;
        var doc = Sample.Docs.FindIndex(d => BodyParts.Count(d.Body, options.LeadChars, options.TextChars) >= 3);
        var published = Whole(Sample.Docs);
        var after = Edited((d, i) => i == doc ? d with { Body = d.Body[..(options.LeadChars + 10)] } : d);

        var updated = Updated(published, Sample.Docs, after);

        AssertSame(Whole(after), updated);
        Assert.Contains(SearchShards.File(SearchShards.Text(doc, 2)), published.Files.Keys);
        Assert.Contains(SearchShards.File(SearchShards.Text(doc, 0)), updated!.Files.Keys);
        Assert.DoesNotContain(SearchShards.File(SearchShards.Text(doc, 1)), updated.Files.Keys);
        Assert.DoesNotContain(SearchShards.File(SearchShards.Text(doc, 2)), updated.Files.Keys);
    }

    [Fact]
    public void Several_edits_in_titles_bodies_and_facets_update_to_the_whole_exports_bytes()
    {
        var published = Whole(Sample.Docs);
        var topic = Sample.Docs.SelectMany(d => d.Topics).First();
        var after = Edited((d, i) => i switch
        {
            0 => d with { Title = d.Title + "秸秆禁烧" },
            7 => d with { Body = "本报讯 " + d.Body[(d.Body.Length / 3)..] },
            12 => d with { Topics = d.Topics.Contains(topic) ? d.Topics.Remove(topic) : d.Topics.Add(topic) },
            20 => d with { Body = d.Body + "\n工作 工作 工作" },
            _ => d,
        });
        AssertSame(Whole(after), Updated(published, Sample.Docs, after));
    }

    /// <summary>A title corrected (as a .fix.yml does) changes the title's norm, not the body's: the body's terms are left alone.</summary>
    [Fact]
    public void A_corrected_title_rewrites_the_titles_terms_not_the_bodys()
    {
        var published = Whole(Sample.Docs);
        var doc = Sample.Docs[5];
        var after = Edited((d, i) => i == 5 ? d with { Title = "示范区" + d.Title } : d);
        var written = new ConcurrentBag<string>();
        AssertSame(Whole(after), Updated(published, Sample.Docs, after, written: written));
        // Postings blocks (…b{block}.js), not the block maps' parts beside them (…m{part}.js).
        var postings = written.Count(f => In(f, "x") && !System.Text.RegularExpressions.Regex.IsMatch(f, @"m\d+\.js$"));
        var bodyTerms = SearchTokenizer.Tokenize(doc.Body).Select(t => t.Term).Distinct().Count();
        Assert.True(postings < bodyTerms / 4, $"{postings} postings files written for an article whose body has {bodyTerms} terms");
    }

    /// <summary>
    /// A bucket the update must write again, damaged beside the changed terms' entries: the update
    /// gives way, it does not fail. (An entry that is sound JSON is copied as it was: published files
    /// are trusted as the state describes them, as kept pages are.)
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_update_gives_way_when_a_bucket_it_writes_is_damaged(bool inline)
    {
        var options = inline ? Inline : Small;
        var published = Whole(Sample.Docs, options);
        var after = Edited((d, i) => i == 0 ? d with { Title = d.Title + "秸秆禁烧" } : d);
        var written = new ConcurrentBag<string>();
        Assert.False(Updated(published, Sample.Docs, after, written: written, options: options).GaveWay);
        var bucket = written.Where(f => In(f, "t")).Order(StringComparer.Ordinal).First();
        var text = Encoding.UTF8.GetString(published.Files[bucket]);
        var data = text.IndexOf(",{", StringComparison.Ordinal) + 1;
        var damaged = new Export(new Dictionary<string, byte[]>(published.Files)
        {
            [bucket] = Encoding.UTF8.GetBytes(text[..data] + "{\"坏\":}," + text[(data + 1)..]),
        }, published.States);

        var update = Updated(damaged, Sample.Docs, after, options: options);
        Assert.True(update.GaveWay);
        AssertSame(Whole(after, options), update);
    }

    [Fact]
    public void Articles_added_at_the_end_and_removed_from_it_update_to_the_whole_exports_bytes()
    {
        var before = Sample.Docs.Take(Sample.Docs.Count - 3).ToList();
        var published = Whole(before);
        var after = Sample.Docs.Take(Sample.Docs.Count - 5).Concat(Sample.Docs.TakeLast(3)).ToList();
        AssertSame(Whole(after), Updated(published, before, after));
    }

    [Fact]
    public void An_update_gives_way_to_a_whole_export_when_most_large_terms_must_be_redone_whole()
    {
        var before = Sample.Docs.Take(Sample.Docs.Count - 2).ToList();
        var published = Whole(before);
        Assert.False(Updated(published, before, Sample.Docs).GaveWay);
        Assert.True(Updated(published, before, Sample.Docs, SearchUpdate.MaxWholeShare).GaveWay);
    }

    [Fact]
    public void An_update_gives_way_when_a_published_file_is_missing()
    {
        var published = Whole(Sample.Docs);
        var after = Edited((d, i) => i == 3 ? d with { Body = d.Body + "示范区" } : d);
        var segment = published.States.Single(s => s.Start <= 3 && 3 < s.Start + s.Hashes.Length);
        var bucket = SearchShards.File(segment.Key + SearchShards.TermBucket(TermBuckets.Of("示范", segment.TermBuckets)));
        published.Files.Remove(bucket);
        var update = Updated(published, Sample.Docs, after);
        Assert.True(update.GaveWay);
        AssertSame(Whole(after), update);
    }

    [Fact]
    public void Articles_added_at_the_end_rewrite_the_newest_segment_and_keep_the_older_ones_files()
    {
        var before = Sample.Docs.Take(30).ToList();
        var published = Whole(before);
        var written = new ConcurrentBag<string>();
        var updated = Updated(published, before, Sample.Docs, written: written);
        AssertSame(Whole(Sample.Docs), updated);
        Assert.Equal(SegmentWork.Kept, updated.Work![0]);
        Assert.DoesNotContain(written, f => SearchSegments.Owner(SearchShards.Key(f)) == SearchSegments.Older);
        Assert.Contains(written, f => SearchSegments.Owner(SearchShards.Key(f)) == "");
    }

    [Fact]
    public void An_edit_in_the_older_segment_updates_it_and_keeps_the_newest()
    {
        var published = Whole(Sample.Docs);
        var after = Edited((d, i) => i == 3 ? d with { Body = d.Body + "示范区秸秆禁烧" } : d);
        var updated = Updated(published, Sample.Docs, after);
        AssertSame(Whole(after), updated);
        Assert.Equal([SegmentWork.Updated, SegmentWork.Kept], updated.Work);
    }

    [Fact]
    public void Articles_added_past_a_segments_end_cut_the_index_anew_with_a_whole_exports_bytes()
    {
        var before = Sample.Docs.Take(20).ToList();
        var published = Whole(before);
        Assert.Single(published.States);
        var updated = Updated(published, before, Sample.Docs);
        AssertSame(Whole(Sample.Docs), updated);
        Assert.Equal([SegmentWork.Exported, SegmentWork.Exported], updated.Work);
    }

    [Fact]
    public void Every_document_renumbered_still_updates_to_the_whole_exports_bytes()
    {
        var published = Whole(Sample.Docs);
        var after = Sample.Docs.Skip(1).ToList();
        AssertSame(Whole(after), Updated(published, Sample.Docs, after));
    }
}
