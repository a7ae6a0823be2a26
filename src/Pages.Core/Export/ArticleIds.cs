using Pages.Model;

namespace Pages.Export;

/// <summary>
/// An article's identity in the archive: its page's name and its number on the page
/// (000_1e3030292b08ed47-03). Used in the JSON export, the site's addresses and the search index.
/// </summary>
public static class ArticleIds
{
    public static string Of(Article article) => $"{article.Page}-{article.Number:D2}";
}
