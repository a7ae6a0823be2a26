namespace Pages.Fuzzing;

/// <summary>
/// Damage of the kinds extraction does to a page's text: lines cut or joined, passages lost or
/// repeated, blocks shuffled, stray tokens, indents, huge lines, everything but headline-like lines
/// dropped. Used by the property tests and by `pages fuzz`; each kind is one small function of the
/// text and two numbers, so a failing case can be replayed exactly.
/// </summary>
public sealed record PageDamage(int Kind, int A, int B, string Token)
{
    public const int Kinds = 10;

    /// <summary>What the splitter reacts to, to be strewn about.</summary>
    public static readonly string[] Tokens =
    [
        "本报讯", "又讯", "（", "）", "(", ")", "记者", "通讯员", "本报记者 ", "张 攀", "付凯明", "、", "摄", " 摄", "摄影",
        "——", "。", "，", "：", "！", "？", "”", "“", "⬆", "⬅", " ", "  ", "\n", "\n\n", "\t", "　", "示范区", "阳庙镇",
        "焦作市城乡一体化示范区", "第3版", "责任编辑 王五", "（下转第二版）", "2015年9月29日 星期二", "9 月 24 日",
        "SQRB2G06", "R&D", "a", "1", "·", "…", "\u200B", "𠀀", "\uFEFF",
    ];

    public static PageDamage Random(Random random) =>
        new(random.Next(Kinds), random.Next(1_000_000), random.Next(1_000_000), Tokens[random.Next(Tokens.Length)]);

    public string Apply(string text)
    {
        if (text.Length == 0)
            return Token;
        var at = A % text.Length;
        var lines = text.Split('\n').ToList();
        var line = A % lines.Count;
        switch (Kind)
        {
            case 0: // a line cut in two
                return text.Insert(at, "\n");
            case 1: // a line lost
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 2: // a passage repeated elsewhere
                return text.Insert(B % text.Length, text.Substring(at, Math.Min(B % 400, text.Length - at)));
            case 3: // blocks in the wrong order
                var blocks = text.Split("\n\n");
                new Random(A).Shuffle(blocks);
                return string.Join("\n\n", blocks);
            case 4: // a stray token
                return text.Insert(at, Token);
            case 5: // a passage lost
                return text.Remove(at, Math.Min(B % 80, text.Length - at));
            case 6: // two lines joined
                var nl = text.IndexOf('\n', at);
                return nl < 0 ? text : text.Remove(nl, 1);
            case 7: // a line indented
                lines[line] = " " + lines[line];
                return string.Join('\n', lines);
            case 8: // a huge line
                return text.Insert(at, "\n" + string.Concat(Enumerable.Repeat(Token, 2000 + B % 3000)) + "\n");
            default: // only headline-like lines kept
                return string.Join('\n', lines.Where(l => l.Trim().Length is > 0 and < 20));
        }
    }
}
