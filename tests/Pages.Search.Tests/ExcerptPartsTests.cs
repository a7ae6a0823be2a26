using Jint;
using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// The search page loads a result's body part by part for its excerpt (BodyParts.cs, ui.js
/// <c>deepen</c>): only as far as the first part holding the query term its lead lacks, and
/// nothing for a term the body does not hold.
/// </summary>
public sealed class ExcerptPartsTests
{
    static readonly SearchExportOptions Options = SearchExportOptions.Default;

    static bool Han(char c) => c is >= '\u4e00' and <= '\u9fff';

    [Fact]
    public void A_match_deep_in_a_body_loads_the_parts_up_to_the_one_that_holds_it()
    {
        // A two-character word first found in some body's third part.
        var (doc, word) = Sample.Docs.Select((d, i) => (i, Word: FirstIn(d.Body, 2))).First(c => c.Word is not null);
        var client = new ClientSearch(Sample.Site);
        var (_, _, hits) = client.Search(word!, top: null);
        Assert.Contains(hits, h => h.Doc == doc);

        var (text, parts) = client.Deepen(doc);

        Assert.Equal([SearchShards.Text(doc, 0), SearchShards.Text(doc, 1), SearchShards.Text(doc, 2)], parts);
        Assert.Contains(word!, text, StringComparison.Ordinal);
        Assert.StartsWith(text, Sample.Docs[doc].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_the_body_does_not_hold_loads_no_part()
    {
        // A two-character word of some title found nowhere in its body, which goes on past its lead.
        var (doc, word) = Sample.Docs.Select((d, i) => (i, Word: TitleOnly(d))).First(c => c.Word is not null && BodyParts.Count(Sample.Docs[c.i].Body, Options.LeadChars, Options.TextChars) > 0);
        var client = new ClientSearch(Sample.Site);
        var (_, _, hits) = client.Search(word!, top: null);
        Assert.Contains(hits, h => h.Doc == doc);

        var (text, parts) = client.Deepen(doc);

        Assert.Empty(parts);
        Assert.Equal(BodyParts.Lead(Sample.Docs[doc].Body, Options.LeadChars), text);
    }

    [Fact]
    public void A_lead_that_holds_the_query_loads_no_part()
    {
        var (doc, word) = Sample.Docs.Select((d, i) => (i, Word: FirstIn(d.Body, -1))).First(c => c.Word is not null);
        var client = new ClientSearch(Sample.Site);
        client.Search(word!, top: null);

        Assert.Empty(client.Deepen(doc).Parts);
    }

    [Fact]
    public void The_parts_of_a_page_of_results_are_taken_in_rank_order_while_the_budget_lasts()
    {
        var js = Sample.Client(Sample.Site);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        var first = Options.TextChars;
        // The first wants its first part, the second its second, the third its first again.
        js.Execute($"var open = [{{ doc: 1, part: 0 }}, {{ doc: 2, part: 1 }}, {{ doc: 3, part: 0 }}], budget = {{ chars: {first * 2} }};");

        Assert.Equal("[1,3]", js.Evaluate("JSON.stringify(PagesSearch.affordable(engine, open, budget).map(function (r) { return r.doc; }))").AsString());
        Assert.Equal(0, js.Evaluate("budget.chars").AsNumber());
        Assert.Equal(first * 2, js.Evaluate("engine.partChars(1)").AsNumber());
        Assert.Equal("[]", js.Evaluate("JSON.stringify(PagesSearch.affordable(engine, open, budget))").AsString());
    }

    /// <summary>A word of two Han characters whose first place in the body is in its part <paramref name="part"/> (-1: the lead), else null.</summary>
    static string? FirstIn(string body, int part)
    {
        var pieces = BodyParts.After(body, Options.LeadChars, Options.TextChars).Prepend(BodyParts.Lead(body, Options.LeadChars)).ToList();
        if (pieces.Count <= part + 1)
            return null;
        var start = pieces.Take(part + 1).Sum(p => p.Length);
        for (var i = start; i + 2 <= start + pieces[part + 1].Length; i++)
            if (Han(body[i]) && Han(body[i + 1]) && body.IndexOf(body.Substring(i, 2), StringComparison.Ordinal) == i)
                return body.Substring(i, 2);
        return null;
    }

    static string? TitleOnly(SearchDocument d)
    {
        var title = d.Title;
        for (var i = 0; i + 2 <= title.Length; i++)
            if (Han(title[i]) && Han(title[i + 1]) && !d.Body.Contains(title.Substring(i, 2), StringComparison.Ordinal))
                return title.Substring(i, 2);
        return null;
    }
}
