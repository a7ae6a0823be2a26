namespace Pages.Splitting;

/// <summary>What a single line is, judged from the line and its neighbours.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>Masthead, page number, editor line, continuation mark.</summary>
    Furniture,

    /// <summary>Starts with a 电头 (本报讯, 又讯, 本报…电).</summary>
    Lede,

    /// <summary>Nothing but roles and names: 本报记者 郭树勋.</summary>
    Byline,

    /// <summary>Nothing but a photo credit: 本报记者 王正义 摄.</summary>
    Credit,

    /// <summary>Part of a headline, kicker, subtitle or cross-head.</summary>
    Headline,

    /// <summary>Body text.</summary>
    Text,
}
