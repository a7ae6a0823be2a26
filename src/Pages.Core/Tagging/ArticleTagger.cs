using Pages.Config;
using Pages.Model;

namespace Pages.Tagging;

/// <summary>Tags articles by place, topic and date, from the site configuration.</summary>
public sealed class ArticleTagger
{
    readonly PlaceTagger places;
    readonly TopicTagger topics;

    public ArticleTagger(SiteConfig config)
    {
        places = new PlaceTagger(config);
        topics = new TopicTagger(config);
    }

    public ArticleTags Tag(Article article, PageMeta page)
    {
        var text = ArticleText.Of(article);
        var (townships, villages, zone, misprints) = places.Tag(text);
        return new ArticleTags(townships, villages, zone, topics.Tag(text), misprints, DateFinder.Find(text.All, page));
    }

    public TaggedArticle TagArticle(Article article, PageMeta page) => new(article, Tag(article, page), page);

    /// <summary>Every topic's score for the article (a cue in the body is 1, a weak cue 0.5), best first.</summary>
    public IReadOnlyList<(string Topic, double Score)> ExplainTopics(Article article) => topics.Explain(ArticleText.Of(article));
}
