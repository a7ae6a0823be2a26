using Pages.Cache;
using Pages.Site.Views;

namespace Pages.Tests.Cache;

/// <summary>A page's key changes exactly when its view does: equal views hash alike, any changed field hashes apart.</summary>
public sealed class ViewHashTests
{
    static ArticleLink Link(string title = "标题", string? excerpt = "开头") =>
        new("articles/a.html", null, title, true, null, "pages/p.html", "2015年9月29日", "第3版", "本报记者 付凯明", excerpt);

    static FacetView Facet(params ArticleLink[] links) =>
        new(new FacetLink("阳庙镇", "townships/t1.html", links.Length, null, []), null, "townships.html", "乡镇街道", links, null);

    static string Key(object view) => Convert.ToHexStringLower(ViewHash.Of("facet.html", view));

    [Fact]
    public void Equal_views_have_equal_keys_and_any_change_gives_another()
    {
        var key = Key(Facet(Link(), Link("另一篇")));

        Assert.Equal(key, Key(Facet(Link(), Link("另一篇"))));
        Assert.NotEqual(key, Key(Facet(Link("另一篇"), Link())));
        Assert.NotEqual(key, Key(Facet(Link(), Link("另一篇", null))));
        Assert.NotEqual(key, Key(Facet(Link(), Link("另一篇", ""))));
        Assert.NotEqual(key, Key(Facet(Link())));
        Assert.NotEqual(Key(new SectionView("a", ["bc"])), Key(new SectionView("ab", ["c"])));
        Assert.NotEqual(Key(new SectionView(null, ["a", "b"])), Key(new SectionView(null, ["ab"])));
        Assert.NotEqual(Key(new PagerPage(1, "x", true)), Key(new PagerPage(1, "x", false)));
    }

    [Fact]
    public void A_link_listed_again_hashes_as_the_first_time()
    {
        var link = Link();
        var first = Key(Facet(link, link));

        Assert.Equal(first, Key(Facet(link, link)));
        Assert.Equal(first, Key(Facet(Link(), Link())));
    }

    sealed record WithADate(DateOnly Date);

    [Fact]
    public void A_view_holding_a_value_the_hash_does_not_know_is_an_error()
    {
        Assert.Throws<NotSupportedException>(() => Key(new WithADate(new DateOnly(2015, 9, 29))));
    }
}
