using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// The facet index an update makes from the published segment's state (<see cref="FacetIndex.Updated"/>)
/// is the one made from scratch, or none when the values changed (the segment is then exported whole).
/// </summary>
public class FacetIndexTests
{
    static ExportState StateOf(IReadOnlyList<SearchDocument?> docs) =>
        Assert.Single(UpdateTests.Whole(docs, UpdateTests.Small with { SegmentDocs = 1 << 20 }).States);

    static void AssertSame(FacetIndex expected, FacetIndex actual, int docs)
    {
        for (var d = 0; d < docs; d++)
            Assert.Equal(expected.ValuesOf(d), actual.ValuesOf(d));
        Assert.Equal(expected.Facets.Count, actual.Facets.Count);
        foreach (var (e, a) in expected.Facets.Zip(actual.Facets))
        {
            Assert.Equal((e.Name, e.Label, e.ByCount), (a.Name, a.Label, a.ByCount));
            Assert.Equal(e.Values.Select(v => v.Value), a.Values.Select(v => v.Value));
            Assert.Equal(e.Values.Select(v => v.Docs), a.Values.Select(v => v.Docs));
        }
    }

    /// <summary>Whether every facet value of document <paramref name="d"/> is also another's.</summary>
    static bool Shared(List<SearchDocument?> docs, int d)
    {
        static IEnumerable<string> Values(SearchDocument doc) =>
            doc.Townships.Select(t => "t" + t).Concat(doc.Topics.Select(t => "c" + t)).Append("y" + doc.Year).Append("k" + doc.KindName);
        return Values(docs[d]!).All(v => docs.Where((other, i) => i != d && other is not null).Any(other => Values(other!).Contains(v)));
    }

    [Fact]
    public void An_update_with_the_same_values_gives_the_index_made_from_scratch()
    {
        var before = Sample.Docs.Cast<SearchDocument?>().ToList();
        var state = StateOf(before);
        var townships = before.SelectMany(d => d!.Townships).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(townships.Count >= 2);
        var after = before.ToList();
        // One article moved to another township, one given two, one gone (its number left unused), one added.
        after[3] = after[3]! with { Townships = [townships[1]] };
        after[5] = after[5]! with { Townships = [townships[0], townships[1]] };
        after[Enumerable.Range(10, before.Count - 10).First(d => Shared(before, d))] = null;
        after.Add(before[9]! with { Id = "added" });
        var hashes = SearchDocumentHash.All(after);

        var updated = FacetIndex.Updated(after, state, hashes);

        Assert.NotNull(updated);
        AssertSame(new FacetIndex(after), updated, after.Count);
    }

    [Fact]
    public void A_new_value_or_one_no_article_has_any_more_gives_none()
    {
        var before = Sample.Docs.Cast<SearchDocument?>().ToList();
        var state = StateOf(before);
        var added = before.ToList();
        added[2] = added[2]! with { Topics = ["一个新的主题"] };
        Assert.Null(FacetIndex.Updated(added, state, SearchDocumentHash.All(added)));

        var rare = before.SelectMany(d => d!.Townships).CountBy(t => t).MinBy(c => c.Value).Key;
        var gone = before.Select(d => d!.Townships.Contains(rare) ? d with { Townships = [] } : d).ToList();
        Assert.Null(FacetIndex.Updated(gone, state, SearchDocumentHash.All(gone)));
    }

    [Fact]
    public void The_start_up_totals_from_the_segments_states_are_the_whole_archive_s()
    {
        var docs = Sample.Docs.Cast<SearchDocument?>().ToList();
        var states = UpdateTests.Whole(docs).States;
        Assert.True(states.Length > 1);

        var totals = FacetIndex.Totals(states);

        var whole = new FacetIndex(docs).Facets;
        Assert.Equal(whole.Select(f => (f.Name, f.Label, f.ByCount)), totals.Select(f => (f.Name, f.Label, f.ByCount)));
        Assert.Equal(whole.Select(f => f.Values.Select(v => (v.Value, v.Docs.Count)).ToList()), totals.Select(f => f.Values));
    }
}
