namespace Pages.Search.Tests;

/// <summary>The parity and recall query set: single characters, bigrams, longer words, phrases, place names, digits, filters.</summary>
internal static class Queries
{
    public static readonly string[] Plain =
    [
        "郭", "付", "李", "镇", "村", "秸", "烧", "党", "水", "路",
        "秸秆", "禁烧", "农民", "发展", "群众", "企业", "项目", "工作", "文化", "建设",
        "秸秆禁烧", "城乡一体化", "示范区", "阳庙镇", "宁郭镇", "苏家作乡", "李万街道", "文昌街道", "城中村改造", "脱贫攻坚",
        "\"秸秆禁烧\"", "“城中村改造”", "\"阳庙镇\"", "\"示范区 党工委\"", "秸秆 禁烧 工作", "本报讯 记者",
        // Copied from an article: the quotes part the words on either side, as in the article.
        "实行“保姆式”服务",
        "10", "2015", "20", "100", "3", "gdp",
    ];

    public static readonly (string Query, string Facet, string Value)[] Filtered =
    [
        ("秸秆", "township", "阳庙镇"),
        ("村", "township", "宁郭镇"),
        ("发展", "kind", "新闻"),
        ("镇", "topic", "农业农村"),
    ];
}
