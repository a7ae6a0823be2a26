using System.Collections.Immutable;
using Pages.Model;
using Pages.Text;

namespace Pages.Splitting;

/// <summary>A headline block taken apart: 引题 (kicker), 主题 (title), 副题 (subtitle).</summary>
internal sealed record HeadlineParts(TextPiece? Kicker, TextPiece Title, TextPiece? Subtitle)
{
    /// <summary>
    /// Splits a headline block. A subtitle starts with a dash (——示范区2018年工作会议报告解读). Of the
    /// lines above it, a line set apart by a blank line, or a first line shorter than the next one, is
    /// the kicker (阳庙镇 / 筑牢秸秆禁烧“防火墙”; 月满中秋 情满人间 / 示范区开展中秋节慰问活动); a first line
    /// about as long as the next or longer is the title, wrapped or set as two parallel phrases.
    /// </summary>
    public static HeadlineParts From(HeadlineUnit headline)
    {
        var lines = headline.Lines;
        var sub = 1;
        while (sub < lines.Length && !IsSubtitle(lines[sub].Text))
            sub++;
        var main = lines[..sub];
        var subtitle = sub < lines.Length ? Piece(lines[sub..]) : null;

        var kickerLines = 0;
        var blankAt = main.Skip(1).ToList().FindIndex(l => l.BlankBefore);
        if (blankAt >= 0)
            kickerLines = blankAt + 1;
        else if (main.Length >= 2 && Punctuation.LastSignificant(main[0].Text) is not ('：' or ':')
                 && CharClass.Width(main[0].Text) < CharClass.Width(main[1].Text) - 1)
            kickerLines = 1;

        var kicker = kickerLines > 0 ? Piece(main[..kickerLines]) : null;
        return new HeadlineParts(kicker, Piece(main[kickerLines..]), subtitle);
    }

    /// <summary>The whole block as one piece: how a cross-head (小标题) inside an article is kept.</summary>
    public static TextPiece Whole(HeadlineUnit headline) => Piece(headline.Lines);

    static bool IsSubtitle(string line) => line.StartsWith('—') || line.StartsWith('－') || line.StartsWith("--");

    static TextPiece Piece(ImmutableArray<HeadlineLine> lines) =>
        new(Reflow.HeadlineLines([.. lines.Select(l => l.Text)]), lines[0].Offset, lines[0].LineNumber, lines[^1].LineNumber);
}
