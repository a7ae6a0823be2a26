using System.Collections.Immutable;
using Pages.Config;

namespace Pages.Tagging;

/// <summary>
/// Gives an article the topics whose cue words it uses. Each cue in the headline (kicker, title,
/// subtitle) counts <see cref="HeadlineWeight"/> times, each in the body once (a weak cue half), up to
/// <see cref="MaxBodyCount"/> per cue so that one word repeated cannot outweigh the rest. The
/// primary topic is the best scored; others follow while they score at least
/// <see cref="SecondaryShare"/> of it.
/// </summary>
internal sealed class TopicTagger(SiteConfig config)
{
    /// <summary>How much more a cue in the headline says than one in the body.</summary>
    public const int HeadlineWeight = 4;

    public const int MaxBodyCount = 4;

    /// <summary>A topic scoring less (in half points) is not tagged: a single weak cue in the body is not enough.</summary>
    public const int MinScore = 2;

    public const double SecondaryShare = 0.5;

    /// <summary>Most topics one article gets.</summary>
    public const int MaxTopics = 3;

    public ImmutableArray<string> Tag(ArticleText text)
    {
        var scored = config.Topics
            .Select((topic, order) => (topic.Name, Score: Score(topic, text), order))
            .Where(t => t.Score >= MinScore)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.order)
            .ToList();
        if (scored.Count == 0)
            return [];
        var top = scored[0].Score;
        return [.. scored.Where(t => t.Score >= top * SecondaryShare).Take(MaxTopics).Select(t => t.Name)];
    }

    public IReadOnlyList<(string Topic, double Score)> Explain(ArticleText text) =>
        [.. config.Topics.Select(t => (t.Name, Score(t, text) / 2.0)).OrderByDescending(t => t.Item2)];

    /// <summary>The topic's score for the text, in half points (a weak cue counts one, a cue two).</summary>
    internal static int Score(Topic topic, ArticleText text) =>
        2 * topic.Cues.Sum(cue => Hits(text, cue)) + topic.WeakCues.Sum(cue => Hits(text, cue));

    static int Hits(ArticleText text, string cue) =>
        HeadlineWeight * Count(text.Headline, cue) + Math.Min(MaxBodyCount, Count(text.Body, cue));

    static int Count(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
