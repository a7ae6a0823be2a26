using System.Text.Json;
using Jint;

namespace Pages.Search.Tests;

/// <summary>
/// The client bounds a document it knows the length of (a norm byte read in another term's
/// posting) below its block's best (engine.js <c>blockBound</c>): never below the score the
/// document has in that block, which would drop a result, and for many documents lower than the
/// block's frontier says for all.
/// </summary>
public sealed class NormBoundTests
{
    /// <summary>For every posting of the term, its score, its block's bound, and its bound knowing its own norms.</summary>
    const string Check = """
        function __check(term) {
          var h = engine.header(term);
          if (h === undefined) return { need: engine.headerKeys(term) };
          if (h === null) return { need: [], postings: [] };
          var list = engine.list(term, h, false), need = [];
          for (var i = 0; i < h.blocks.length; i++) {
            var key = engine.blockKey(list, i);
            if (key !== null && PagesSearch.shards[key] === undefined) need.push(key);
          }
          if (need.length > 0) return { need: need };
          list = engine.list(term, h, false);
          var postings = [];
          list.entries.forEach(function (entries, i) {
            entries.forEach(function (e) {
              var norms = e.freq.map(function (f, fi) { return f > 0 ? e.norm[fi] : -1; });
              postings.push([engine.termScore(list.weights, e), list.bound[i], engine.blockBound(list, i, norms)]);
            });
          });
          return { need: [], postings: postings };
        }
        """;

    [Fact]
    public void A_documents_own_norms_bound_it_no_lower_than_its_score_and_often_below_its_blocks_best()
    {
        var js = Sample.Client(Sample.SmallBlocksSite);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);" + Check);
        var terms = Queries.Plain.SelectMany(q => SearchTokenizer.QueryTokens(q)).Select(t => t.Term).Distinct().ToList();
        var (postings, tighter) = (0, 0);
        foreach (var term in terms)
        {
            js.SetValue("__t", term);
            for (var round = 0; ; round++)
            {
                Assert.True(round < 10, term);
                using var result = JsonDocument.Parse(js.Evaluate("JSON.stringify(__check(__t))").AsString());
                var need = result.RootElement.GetProperty("need").EnumerateArray().Select(k => k.GetString()!).ToList();
                foreach (var key in need)
                    Sample.LoadKey(js, Sample.SmallBlocksSite, key);
                if (need.Count > 0)
                    continue;
                foreach (var p in result.RootElement.GetProperty("postings").EnumerateArray())
                {
                    var (score, block, own) = (p[0].GetDouble(), p[1].GetDouble(), p[2].GetDouble());
                    Assert.True(own >= score, $"{term}: bound {own} below the score {score}");
                    Assert.True(own <= block, $"{term}: bound {own} above the block's {block}");
                    postings++;
                    tighter += own < block ? 1 : 0;
                }
                break;
            }
        }
        Assert.True(postings > 500, $"{postings} postings");
        Assert.True(tighter * 4 > postings, $"{tighter} of {postings} bounded below their block's best");
    }
}
