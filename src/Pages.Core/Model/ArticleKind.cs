namespace Pages.Model;

public enum ArticleKind
{
    /// <summary>A report or feature.</summary>
    News,

    /// <summary>A picture caption, usually ending with a credit such as 本报记者 王正义 摄.</summary>
    Photo,

    /// <summary>A notice printed by an office: 公告, 通告, 启事, 声明, 公示.</summary>
    Notice,
}
