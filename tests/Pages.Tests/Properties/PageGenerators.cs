using FsCheck;
using FsCheck.Fluent;

namespace Pages.Tests.Properties;

/// <summary>
/// Pages for property tests: the samples recombined, the samples damaged the ways extraction
/// damages text (cut and joined lines, lost and repeated passages, shuffled blocks, stray
/// characters, huge lines), and text made of nothing but the tokens the splitter reacts to.
/// </summary>
internal static class PageGenerators
{
    static readonly string[] Samples = [.. Repo.SamplePages.Select(p => Repo.ReadSample(p).Text)];

    static readonly string[] Blocks = [.. Samples.SelectMany(s => s.Split("\n\n")).Where(b => b.Trim().Length > 0)];

    /// <summary>What the splitter reacts to, to be strewn about.</summary>
    static readonly string[] Tokens =
    [
        "本报讯", "又讯", "（", "）", "(", ")", "记者", "通讯员", "本报记者 ", "张 攀", "付凯明", "、", "摄", " 摄", "摄影",
        "——", "。", "，", "：", "！", "？", "”", "“", "⬆", "⬅", " ", "  ", "\n", "\n\n", "\t", "　", "示范区", "阳庙镇",
        "焦作市城乡一体化示范区", "第3版", "责任编辑 王五", "（下转第二版）", "2015年9月29日 星期二", "9 月 24 日",
        "SQRB2G06", "R&D", "a", "1", "·", "…", "\u200B", "𠀀", "\uFEFF",
    ];

    public static Arbitrary<string> RecombinedPages() =>
        Gen.ListOf(Gen.Elements(Blocks))
            .SelectMany(blocks => Gen.ListOf(Gen.Elements("\n", "\n\n", "\n\n\n", "\n \n")).Select(gaps => Join(blocks, gaps)))
            .ToArbitrary();

    public static Arbitrary<string> DamagedPages() =>
        (from page in Gen.Elements(Samples)
         from damage in Gen.ListOf(Damage())
         select damage.Aggregate(page, (text, d) => d.Apply(text)))
        .ToArbitrary();

    public static Arbitrary<string> TokenPages() =>
        Gen.ListOf(Gen.Elements(Tokens)).Select(t => string.Concat(t)).ToArbitrary();

    static string Join(IEnumerable<string> blocks, IEnumerable<string> gaps)
    {
        var g = gaps.DefaultIfEmpty("\n\n").ToArray();
        return string.Concat(blocks.Select((b, i) => b + g[i % g.Length]));
    }

    static Gen<DamageOp> Damage() =>
        from kind in Gen.Choose(0, 9)
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from token in Gen.Elements(Tokens)
        select new DamageOp(kind, a, b, token);

    /// <summary>One kind of damage at positions chosen by <paramref name="A"/> and <paramref name="B"/>.</summary>
    internal sealed record DamageOp(int Kind, int A, int B, string Token)
    {
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
                    var length = Math.Min(B % 400, text.Length - at);
                    return text.Insert(B % text.Length, text.Substring(at, length));
                case 3: // blocks in the wrong order
                    var blocks = text.Split("\n\n");
                    var random = new Random(A);
                    random.Shuffle(blocks);
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
}
