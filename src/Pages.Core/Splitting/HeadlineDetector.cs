using Pages.Text;

namespace Pages.Splitting;

/// <summary>
/// Finds the lines that are headlines, kickers, subtitles or cross-heads. In column text such a line
/// looks like any line that wraps mid-sentence (no stop at its end), so a line only counts when
/// three things hold for its run of lines:
/// <list type="number">
/// <item>the text before it ended a sentence (or it is the first thing on the page);</item>
/// <item>each line has a headline's shape: short, no sentence stop inside or at the end;</item>
/// <item>it cannot be the first line of a wrapped paragraph: either what follows starts something
///   new (a 电头, a byline, a credit, a caption, an indented block), or its width does not match the
///   column width of the text around it, which a wrapped line's always does.</item>
/// </list>
/// </summary>
internal static class HeadlineDetector
{
    /// <summary>Longest headline line, in ems (a kicker can run to the full page width).</summary>
    const double MaxWidth = 50;

    /// <summary>A headline line longer than this (in ems) is a run-on kicker or a sentence.</summary>
    const double LongLine = 30;

    /// <summary>Most lines in one headline: kicker, two title lines and a subtitle.</summary>
    const int MaxRunLines = 4;

    /// <summary>Most blank lines between two lines of one headline.</summary>
    const int MaxBlankGap = 2;

    /// <summary>How many lines of a following paragraph are looked at to find a caption's credit.</summary>
    const int CaptionLookahead = 60;

    /// <summary>Marks headline lines in <paramref name="kinds"/> and returns each headline's lines.</summary>
    public static List<List<int>> Mark(PageLines page, LineKind[] kinds, bool paragraphPerLine)
    {
        var runs = new List<List<int>>();
        var i = 0;
        while (i < page.Count)
        {
            if (!IsCandidate(page, kinds, i))
            {
                i++;
                continue;
            }
            // The longest run of headline-shaped lines that passes: the lines of a caption or of a
            // paragraph's first sentence can look like headline lines too and follow a real one.
            var run = CollectRun(page, kinds, i);
            while (run.Count > 1 && !IsHeadlineRun(page, kinds, run, paragraphPerLine))
                run.RemoveAt(run.Count - 1);
            if (IsHeadlineRun(page, kinds, run, paragraphPerLine))
            {
                foreach (var r in run)
                    kinds[r] = LineKind.Headline;
                runs.Add(run);
                i = run[^1] + 1;
            }
            else
            {
                i++;
            }
        }
        return runs;
    }

    static bool IsCandidate(PageLines page, LineKind[] kinds, int i) =>
        kinds[i] == LineKind.Text && HasHeadlineShape(page.TextOf(page.Lines[i]));

    /// <summary>
    /// Short, at least two ideographs, no sentence stop inside or at the end, not cut mid-phrase
    /// (at either end), and not a long run of clauses: a long line with three commas is a sentence.
    /// </summary>
    internal static bool HasHeadlineShape(ReadOnlySpan<char> text)
    {
        var width = CharClass.Width(text);
        if (CharClass.CountIdeographs(text) < 2 || width > MaxWidth)
            return false;
        if (text.IndexOfAny('。', '；', ';') >= 0)
            return false;
        if (width > LongLine && text.Count('，') + text.Count(',') >= 3)
            return false;
        var first = text[0];
        // 的 and 们 begin no word: a line that starts with one goes on from the line before it.
        if (Punctuation.IsContinuation(first) || Punctuation.IsClosing(first) || Punctuation.IsPictureArrow(first)
            || first is '。' or '，' or '、' or '：' or ':' or '！' or '？' or '的' or '们')
            return false;
        var last = Punctuation.LastSignificant(text);
        return !Punctuation.IsContinuation(last) && last is not ('。' or '.' or '…' or '．');
    }

    /// <summary>
    /// Headline-shaped lines from <paramref name="first"/> on, a blank line or two allowed between
    /// them, but never into a caption: a caption's first line after a blank can look like a headline.
    /// </summary>
    /// <summary>
    /// One or two single spaces, each between two ideographs, in a line not spaced out letter by
    /// letter: the space that parts the phrases of a headline.
    /// </summary>
    internal static bool HasPhraseSpace(ReadOnlySpan<char> text)
    {
        var spaces = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != ' ')
                continue;
            if (!CharClass.IsIdeograph(text[i - 1]) || !CharClass.IsIdeograph(text[i + 1]))
                return false;
            // Each phrase has at least two characters: 总 部 工 程 is spacing, not phrasing.
            if (i < 2 || !CharClass.IsIdeograph(text[i - 2]) || i + 2 >= text.Length || !CharClass.IsIdeograph(text[i + 2]))
                return false;
            spaces++;
        }
        return spaces is 1 or 2;
    }

    static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create("，、；。,;！？!?");

    /// <summary>
    /// One full-width colon inside the line, a name of two to eight ideographs before it and two or
    /// more after, and no other punctuation. A longer stretch before the colon, or one ending with
    /// 是 or 为, opens a sentence (示范区今年工作的总体要求是：以习近平, a paragraph's first line).
    /// </summary>
    internal static bool HasHeadColon(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf('：');
        if (colon < 2 || colon > text.Length - 3 || text[(colon + 1)..].Contains('：'))
            return false;
        if (text.IndexOfAny(ClausePunctuation) >= 0 || text[colon - 1] is '是' or '为')
            return false;
        return CharClass.CountIdeographs(text[..colon]) is >= 2 and <= MaxHeadName && CharClass.CountIdeographs(text[(colon + 1)..]) >= 2;
    }

    /// <summary>Most ideographs in the name before a head's colon (区招商局, 示范区党工委办公室).</summary>
    const int MaxHeadName = 8;

    static List<int> CollectRun(PageLines page, LineKind[] kinds, int first)
    {
        var run = new List<int> { first };
        while (run.Count < MaxRunLines)
        {
            var next = page.NextNonBlank(run[^1]);
            if (next < 0 || next - run[^1] - 1 > MaxBlankGap || !IsCandidate(page, kinds, next))
                break;
            if (next - run[^1] > 1 && IsCaptionBlock(page, kinds, next))
                break;
            run.Add(next);
        }
        return run;
    }

    static bool IsHeadlineRun(PageLines page, LineKind[] kinds, List<int> run, bool paragraphPerLine)
    {
        if (!FollowsAnEnd(page, kinds, run[0]))
            return false;
        var lastText = page.TextOf(page.Lines[run[^1]]);
        if (Punctuation.LastSignificant(lastText) is '：' or ':')
            return false;
        // A credit or byline broken over short lines (本报记 / 者 张 三 / 丰 摄) is not a headline.
        var joined = Reflow.Byline(string.Join('\n', run.Select(r => page.StringOf(page.Lines[r]))));
        if (CreditParser.Parse(joined) is { Start: 0 } || BylineParser.TryParse(joined, requireRole: true, "", out _))
            return false;
        // Nor is the first line of a caption, however short.
        if (IsCaptionBlock(page, kinds, run[0]))
            return false;

        var next = page.NextNonBlank(run[^1]);
        if (StartsSomethingNew(page, kinds, next))
            return true;
        // A question or exclamation on its own line may as well end a paragraph.
        if (run.Any(r => Punctuation.LastSignificant(page.TextOf(page.Lines[r])) is '！' or '？' or '!' or '?'))
            return false;
        if (paragraphPerLine)
            return true;

        // Two phrases set apart by a space (提升产业竞争力 建设实力示范区), or a name and a phrase
        // set apart by a colon with no other punctuation (区招商局：招大引强在行动), is how headlines
        // and cross-heads are set; a wrapped line of body text hardly ever looks like that.
        bool SetLikeAHeadline(int r) => HasPhraseSpace(page.TextOf(page.Lines[r])) || HasHeadColon(page.TextOf(page.Lines[r]));
        if (run.All(SetLikeAHeadline))
            return true;

        var before = ColumnWidth.Before(page, kinds, run[0]);
        var (after, measured) = ColumnWidth.After(page, kinds, next);
        // Text that runs straight on below, with no column to measure on either side, is more
        // likely the rest of a paragraph than the body under a cross-head.
        if (!measured && next == run[^1] + 1 && before == 0)
            return false;
        var outOfColumn = run.All(r =>
        {
            var width = CharClass.Width(page.TextOf(page.Lines[r]));
            return SetLikeAHeadline(r) || (!ColumnWidth.FitsColumn(width, before) && !ColumnWidth.FitsColumn(width, after));
        });
        if (outOfColumn)
            return true;
        // A caption may follow a headline at the same width; but then a blank line parts them, where
        // the first lines of the caption itself run straight on into the rest of it.
        return next - run[^1] > 1 && IsCaptionBlock(page, kinds, next);
    }

    /// <summary>The text before the line finished: a sentence ended, or a byline, credit or furniture stood there.</summary>
    static bool FollowsAnEnd(PageLines page, LineKind[] kinds, int index)
    {
        var prev = page.PreviousNonBlank(index);
        if (prev < 0)
            return true;
        return kinds[prev] switch
        {
            LineKind.Furniture or LineKind.Byline or LineKind.Credit or LineKind.Headline => true,
            LineKind.Text or LineKind.Lede => LineEnds.Block(page.StringOf(page.Lines[prev]),
                prev > 0 && kinds[prev - 1] is LineKind.Text or LineKind.Lede ? page.StringOf(page.Lines[prev - 1]) : null),
            _ => false,
        };
    }

    /// <summary>
    /// True when the line at <paramref name="next"/> cannot continue a paragraph begun above it: the
    /// page ends, a 电头, byline, credit or furniture follows, or a new block of text starts (indented,
    /// or a caption's arrow).
    /// </summary>
    static bool StartsSomethingNew(PageLines page, LineKind[] kinds, int next)
    {
        if (next < 0)
            return true;
        if (kinds[next] is LineKind.Lede or LineKind.Byline or LineKind.Credit or LineKind.Furniture)
            return true;
        var line = page.Lines[next];
        return line.IsIndented || Punctuation.IsPictureArrow(page.Text[line.TextStart]);
    }

    /// <summary>Text from <paramref name="start"/> to the next blank line ends with a credit, or a credit line follows it.</summary>
    static bool IsCaptionBlock(PageLines page, LineKind[] kinds, int start)
    {
        var parts = new List<string>();
        var i = start;
        for (; i < page.Count && i < start + CaptionLookahead; i++)
        {
            if (page.Lines[i].IsBlank)
                break;
            if (kinds[i] != LineKind.Text)
                return kinds[i] == LineKind.Credit;
            parts.Add(page.StringOf(page.Lines[i]));
        }
        if (CreditParser.Parse(string.Join('\n', parts)) is not null)
            return true;
        var after = page.NextNonBlank(i - 1);
        return after >= 0 && kinds[after] == LineKind.Credit && Punctuation.EndsSentence(parts.Count > 0 ? parts[^1] : "");
    }
}
