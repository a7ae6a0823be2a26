using Jint;
using System.Text.RegularExpressions;
using Pages.Search.Export;

namespace Pages.Search.Tests;

public partial class ExportTests
{
    [GeneratedRegex(@"^PagesSearch\.register\(""[a-z0-9/-]+"",")]
    private static partial Regex Registration();

    [Fact]
    public void Every_file_is_a_script_that_registers_itself()
    {
        var files = Directory.GetFiles(Path.Combine(Sample.Site, SearchShards.Folder), "*.js", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches(Registration(), File.ReadAllText(f)));
    }

    [Fact]
    public void The_startup_file_carries_the_format_version_and_the_client_checks_it()
    {
        var js = Sample.Client(Sample.Site);
        Assert.Equal(SearchFormat.Version, (int)js.Evaluate("PagesSearch.shards.index.v").AsNumber());
        Assert.Equal(SearchFormat.Version, (int)js.Evaluate("PagesSearch.FORMAT_VERSION").AsNumber());
        var refused = js.Evaluate("(function () { try { new PagesSearch.Engine({ v: 999 }); return ''; } catch (e) { return e.message; } })()").AsString();
        Assert.Contains("999", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_come_without_postings_which_are_in_the_inline_buckets()
    {
        // The sample's terms are all small: every one inline, its postings in its i/ bucket, none in t/.
        var folder = Path.Combine(Sample.Site, SearchShards.Folder);
        var js = Sample.Client(Sample.Site);
        // The sample is smaller than a segment: one segment, at the root.
        Assert.Equal(1, (int)js.Evaluate("PagesSearch.shards.index.segments.length").AsNumber());
        var (termBuckets, inlineBuckets) = ((int)js.Evaluate("PagesSearch.shards.index.segments[0].termBuckets").AsNumber(), (int)js.Evaluate("PagesSearch.shards.index.segments[0].inlineBuckets").AsNumber());
        for (var b = 0; b < termBuckets; b++)
            Sample.LoadKey(js, Sample.Site, SearchShards.TermBucket(b));
        for (var b = 0; b < inlineBuckets; b++)
            Sample.LoadKey(js, Sample.Site, SearchShards.InlineBucket(b));
        var headers = js.Evaluate("""
            (function () {
              var terms = 0, apart = 0, s = PagesSearch.shards, index = s.index.segments[0];
              for (var b = 0; b < index.termBuckets; b++)
                for (var term in s['t/' + Math.floor(b / 256) + '/' + (b % 256)]) {
                  terms++;
                  var h = s['t/' + Math.floor(b / 256) + '/' + (b % 256)][term], x = s[PagesSearch.bucketKey('i', term, index.inlineBuckets)][term];
                  if (h.x === undefined && h.i === 1 && x && x.length === h.s.length) apart++;
                }
              return terms + ' ' + apart;
            })()
            """).AsString().Split(' ');
        Assert.True(int.Parse(headers[0], System.Globalization.CultureInfo.InvariantCulture) > 1000);
        Assert.Equal(headers[0], headers[1]);
        Assert.Equal(inlineBuckets, Directory.GetFiles(Path.Combine(folder, "i"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Every_document_has_a_display_file_that_points_at_its_article()
    {
        var js = Sample.Client(Sample.Site);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        for (var doc = 0; doc < Sample.Docs.Count; doc++)
        {
            var key = SearchShards.Docs(doc, SearchExportOptions.Default.DocsPerFile);
            Sample.LoadKey(js, Sample.Site, key);
            Assert.Equal(key, js.Evaluate($"engine.docKey({doc})").AsString());
            Assert.Equal(Sample.Docs[doc].Url, js.Evaluate($"engine.display({doc}).url").AsString());
        }
    }

    [Fact]
    public void A_body_longer_than_its_lead_is_in_parts_of_their_own_for_its_excerpt()
    {
        var js = Sample.Client(Sample.Site);
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index);");
        var (longer, options) = (0, SearchExportOptions.Default);
        for (var doc = 0; doc < Sample.Docs.Count; doc++)
        {
            var body = Sample.Docs[doc].Body;
            Sample.LoadKey(js, Sample.Site, SearchShards.Docs(doc, options.DocsPerFile));
            var parts = js.Evaluate($"engine.display({doc}).parts").AsNumber();
            Assert.Equal(body.Length <= options.LeadChars ? 0 : BodyParts.After(body, options.LeadChars, options.TextChars).Count, parts);
            Assert.False(File.Exists(Path.Combine(Sample.Site, SearchShards.File(SearchShards.Text(doc, (int)parts)))));
            var text = js.Evaluate($"engine.display({doc}).lead").AsString();
            for (var part = 0; part < parts; part++)
            {
                var key = SearchShards.Text(doc, part);
                Assert.Equal(key, js.Evaluate($"engine.textKey({doc}, {part})").AsString());
                Assert.True(js.Evaluate($"engine.text({doc}, {part}) === null").AsBoolean());
                Sample.LoadKey(js, Sample.Site, key);
                text += js.Evaluate($"engine.text({doc}, {part})").AsString();
                // Of no segment: appending articles rewrites only the files of the newest.
                Assert.Null(SearchSegments.Owner(key));
            }
            Assert.Equal(body, text);
            longer += parts > 1 ? 1 : 0;
        }
        Assert.InRange(longer, 1, Sample.Docs.Count - 1);
    }

    [Theory]
    [InlineData(0, 10, 3)]
    [InlineData(10, 10, 3)]
    [InlineData(11, 10, 3)]
    [InlineData(3000, 140, 512)]
    public void Body_parts_double_and_put_the_body_back_together(int length, int lead, int first)
    {
        var body = string.Concat(Enumerable.Range(0, length).Select(i => (char)('一' + i % 500)));
        var parts = BodyParts.After(body, lead, first);
        Assert.Equal(body, BodyParts.Lead(body, lead) + string.Concat(parts));
        Assert.Equal(parts.Count, BodyParts.Count(body, lead, first));
        for (var k = 0; k + 1 < parts.Count; k++)
            Assert.Equal(first << k, parts[k].Length);
    }

    [Fact]
    public void Body_parts_never_cut_a_surrogate_pair()
    {
        var body = string.Concat(Enumerable.Repeat("甲𠀀", 100));
        foreach (var piece in BodyParts.After(body, 4, 3).Prepend(BodyParts.Lead(body, 4)))
        {
            Assert.False(char.IsHighSurrogate(piece[^1]));
            Assert.False(char.IsLowSurrogate(piece[0]));
        }
    }

    [Fact]
    public void An_excerpt_is_cut_around_the_query_terms_and_a_lead_without_them_asks_for_the_body()
    {
        var js = Sample.Client(Sample.Site);
        js.Execute(File.ReadAllText(Path.Combine(Sample.RepoRoot, "theme", "assets", "search", "ui.js")));
        js.Execute("var engine = new PagesSearch.Engine(PagesSearch.shards.index), q = engine.parse('抢收抢种', {});");
        var text = new string('甲', 200) + "抢收抢种" + new string('乙', 200);
        js.SetValue("__text", text);
        js.Execute("var terms = ['抢收', '收抢', '抢种'];");
        Assert.False(js.Evaluate("PagesSearch.holdsAll(__text.substring(0, 140), terms)").AsBoolean());
        Assert.True(js.Evaluate("PagesSearch.holdsAll(__text, terms)").AsBoolean());
        var parts = js.Evaluate("JSON.stringify(PagesSearch.excerpt(__text, q))").AsString();
        Assert.Contains("{\"text\":\"抢收抢种\",\"hit\":true}", parts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1_000_000)]
    public void The_codec_round_trips(int value)
    {
        var text = new System.Text.StringBuilder();
        PostingsCodec.Write(text, value);
        PostingsCodec.Write(text, 7);
        Assert.Equal([value, 7], PostingsCodec.Read(text.ToString()));
        var js = Sample.Client();
        js.SetValue("__t", text.ToString());
        Assert.Equal($"{value},7", js.Evaluate("PagesSearch.decode(__t).join(',')").AsString());
    }

    [Fact]
    public void Nothing_is_written_outside_the_site_folder()
    {
        var site = Directory.CreateTempSubdirectory("pages-export-").FullName;
        try
        {
            SearchExport.Write(Sample.Docs.Take(3).ToList(), site);
            Assert.Equal([SearchShards.Folder], Directory.GetFileSystemEntries(site).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
