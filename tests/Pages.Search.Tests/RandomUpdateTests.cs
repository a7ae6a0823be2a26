using Pages.Search.Export;

namespace Pages.Search.Tests;

/// <summary>
/// Edits nobody chose, one after another (a fixed seed): characters replaced, text inserted and
/// cut, titles corrected, tags changed, articles added and removed at the end. After each, the
/// index updated from the last one (<see cref="SearchUpdate"/>, state carried from update to
/// update) must be byte for byte a whole export of the same documents, whether it updated each
/// segment or gave way and exported it whole. PAGES_RANDOM_EDITS sets how many (for a long run).
/// </summary>
public class RandomUpdateTests
{
    static int Count => int.TryParse(Environment.GetEnvironmentVariable("PAGES_RANDOM_EDITS"), out var n) ? n : 15;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Random_edits_update_to_the_whole_exports_bytes(int seed, bool inline)
    {
        var options = inline ? UpdateTests.Small with { OwnFileChars = int.MaxValue } : UpdateTests.Small;
        var random = new Random(seed);
        var docs = Sample.Docs.ToList();
        var published = UpdateTests.Whole(docs, options);
        var updated = 0;
        for (var round = 0; round < Count; round++)
        {
            var (after, what) = Edit(docs, random);
            var whole = UpdateTests.Whole(after, options);
            var update = UpdateTests.Updated(published, docs, after, options: options);
            UpdateTests.AssertSame(whole, update, $"round {round}, {what}: ");
            if (!update.GaveWay)
                updated++;
            (docs, published) = (after, whole);
        }
        // Most edits are small: the update must have done most of them, not given way.
        Assert.True(updated * 2 > Count, $"only {updated} of {Count} edits were updates");
    }

    static (List<SearchDocument> Docs, string What) Edit(List<SearchDocument> docs, Random random)
    {
        var d = random.Next(docs.Count);
        var doc = docs[d];
        var body = doc.Body;
        var at = random.Next(body.Length + 1);
        var other = Sample.Docs[random.Next(Sample.Docs.Count)];
        string Snippet(int length)
        {
            var from = random.Next(Math.Max(1, other.Body.Length - length));
            return other.Body.Substring(from, Math.Min(length, other.Body.Length - from));
        }
        var after = docs.ToList();
        string what;
        switch (random.Next(9))
        {
            case 0 when body.Length > 0:
                var i = Math.Min(at, body.Length - 1);
                after[d] = doc with { Body = body[..i] + Snippet(1) + body[(i + 1)..] };
                what = $"a character of {d} replaced";
                break;
            case 1:
                after[d] = doc with { Body = body[..at] + Snippet(random.Next(1, 40)) + body[at..] };
                what = $"text inserted in {d}";
                break;
            case 2 when body.Length > 10:
                var length = random.Next(1, Math.Min(60, body.Length - Math.Min(at, body.Length - 1)));
                var from = Math.Min(at, body.Length - length);
                after[d] = doc with { Body = body[..from] + body[(from + length)..] };
                what = $"text cut from {d}";
                break;
            case 3:
                after[d] = doc with { Title = random.Next(2) == 0 ? doc.Title + Snippet(4) : Snippet(8) };
                what = $"the title of {d} corrected";
                break;
            case 4:
                var topic = other.Topics.FirstOrDefault() ?? "经济";
                after[d] = doc with { Topics = doc.Topics.Contains(topic) ? doc.Topics.Remove(topic) : doc.Topics.Add(topic) };
                what = $"a topic of {d} changed";
                break;
            case 5:
                var township = other.Townships.FirstOrDefault() ?? "阳庙镇";
                after[d] = doc with { Townships = doc.Townships.Contains(township) ? doc.Townships.Remove(township) : doc.Townships.Add(township) };
                what = $"a township of {d} changed";
                break;
            case 6:
                var count = random.Next(1, 3);
                for (var k = 0; k < count; k++)
                    after.Add(other with { Id = $"n{after.Count}", Url = $"articles/n{after.Count}.html", Order = after.Count, Body = Snippet(300) + Snippet(200) });
                what = $"{count} articles added at the end";
                break;
            case 7 when docs.Count > 30:
                after.RemoveAt(after.Count - 1);
                what = "the last article removed";
                break;
            default:
                after[d] = doc with { Body = body + "\n" + Snippet(random.Next(5, 80)) };
                what = $"a paragraph added to {d}";
                break;
        }
        return (after, what);
    }
}
