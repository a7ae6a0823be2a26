using Pages.Model;

namespace Pages.Tests.Splitting;

/// <summary>Picture captions: a paragraph ending with, or followed by, a credit.</summary>
public class PhotoTests
{
    [Fact]
    public void A_caption_followed_by_a_credit_line_is_a_photo()
    {
        var page = Made.Split("""
            本报讯（记者王五） 3 月 5 日，某某
            区召开春耕生产工作会议。

            某某区部署春耕生产

            3 月 6 日，东风镇农民
            在田间管理小麦。

            本报记者 张三丰 摄
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal("某某区部署春耕生产", page.Articles[0].Title!.Text);
        var photo = page.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Null(photo.Title);
        Assert.Equal("本报记者 张三丰 摄", photo.PhotoCredit!.Text);
        Assert.Equal([new Credit("张三丰", "摄")], photo.Credits.ToArray());
        Assert.Equal("3月6日，东风镇农民在田间管理小麦。", photo.Text);
    }

    [Fact]
    public void A_credit_broken_over_the_caption_column()
    {
        var page = Made.Split("""
            3 月 6
            日，东风镇
            农民在田间
            管理小麦。
            本报记
            者 张 三
            丰 摄
            """);
        var photo = Assert.Single(page.Articles);
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("张三丰", photo.Credits[0].Name);
        Assert.Equal("3月6日，东风镇农民在田间管理小麦。", photo.Text);
    }

    [Fact]
    public void Captions_marked_with_arrows_are_photos_and_the_arrows_are_furniture()
    {
        var page = Made.Split("""
            ⬆3 月 6 日，东风镇农民在田间管理
            小麦。

            本报记者 张三丰 摄

            ⬅昨日，西风镇工人在车间生产零
            件。

            本报记者 李四 摄
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.All(page.Articles, a => Assert.Equal(ArticleKind.Photo, a.Kind));
        Assert.Equal(["⬆", "⬅"], page.Furniture.Select(f => f.Text));
    }

    [Fact]
    public void A_caption_cut_at_its_start_is_parted_from_the_article_before_it()
    {
        var page = Made.Split("""
            本报讯（记者王五） 3 月 5 日，某某
            区召开春耕生产工作会议。该区负责
            人高兴地说。
             织开展丰富多彩的活动，受到广泛好
            评。图为志愿者在敬老院打扫卫生。

            本报记者 张三丰 摄
            """);
        Assert.Equal(2, page.Articles.Length);
        Assert.Equal(ArticleKind.News, page.Articles[0].Kind);
        Assert.EndsWith("人高兴地说。", page.Articles[0].Text);
        Assert.StartsWith("织开展丰富多彩的活动", page.Articles[1].Text);
    }
}
