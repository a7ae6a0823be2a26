using Lucene.Net.Analysis.TokenAttributes;

using Jint;

namespace Pages.Search.Tests;

public class TokenizerTests
{
    static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static List<(string Term, int Position)> Lucene(string text)
    {
        using var analyzer = new SearchAnalyzer();
        using var stream = analyzer.GetTokenStream("b", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var (tokens, position) = (new List<(string, int)>(), -1);
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    [Fact]
    public void Cjk_runs_give_unigrams_and_bigrams_at_the_first_characters_position()
    {
        Assert.Equal([("秸", 0), ("秸秆", 0), ("秆", 1), ("秆禁", 1), ("禁", 2), ("禁烧", 2), ("烧", 3)], Lucene("秸秆禁烧"));
    }

    [Fact]
    public void Whitespace_and_line_breaks_between_cjk_characters_are_dropped()
    {
        Assert.Equal(Lucene("发挥产业"), Lucene("发 挥\n产　业"));
    }

    [Fact]
    public void Full_width_latin_and_digits_fold_to_lowercase_half_width_words()
    {
        Assert.Equal([("g107", 0), ("国", 1), ("国道", 1), ("道", 2)], Lucene("Ｇ１０７国道"));
    }

    [Fact]
    public void Punctuation_leaves_a_position_gap_so_phrases_do_not_cross_it()
    {
        Assert.Equal([("甲", 0), ("乙", 2)], Lucene("甲，乙"));
    }

    [Fact]
    public void Query_tokens_keep_unigrams_only_for_single_characters()
    {
        Assert.Equal(["郭"], SearchTokenizer.QueryTokens("郭").Select(t => t.Term));
        Assert.Equal(["阳庙", "庙镇"], SearchTokenizer.QueryTokens("阳庙镇").Select(t => t.Term));
    }

    [Theory]
    [InlineData("秸秆禁烧 工作")]
    [InlineData("本报讯（记者付凯明）９月２４日，ＡＢＣ示范区 “城中村改造”")]
    [InlineData("发 挥 产 业\n\n优势 2015年G107,国道。")]
    [InlineData("")]
    public void The_javascript_tokenizer_gives_the_same_tokens(string text)
    {
        var js = Sample.Client();
        js.SetValue("__t", text);
        var fromJs = js.Evaluate("JSON.stringify(PagesSearch.tokenize(__t).map(function (t) { return [t.term, t.pos, t.start, t.end]; }))").AsString();
        var fromCs = System.Text.Json.JsonSerializer.Serialize(
            SearchTokenizer.Tokenize(text).Select(t => new object[] { t.Term, t.Position, t.Start, t.End }),
            Relaxed);
        Assert.Equal(fromCs, fromJs);
    }
}
