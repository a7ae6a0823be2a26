using System.Collections.Immutable;
using Pages.Model;
using Pages.Splitting;
using Pages.Tagging;

namespace Pages.Corrections;

/// <summary>
/// Applies a page's corrections to its split, in the order they are written, so the result is the
/// same every time. Corrections change what the site shows; the page's text is never touched.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>The corrected page, and for each article (by its number after correction) the corrections that apply to it.</summary>
    public static (SplitPage Page, IReadOnlyDictionary<int, IReadOnlyList<Correction>> ByArticle) Apply(
        SplitPage page, IReadOnlyList<Correction> corrections, ICollection<Problem> problems)
    {
        if (corrections.Count == 0)
            return (page, new Dictionary<int, IReadOnlyList<Correction>>());
        var articles = page.Articles.ToList();
        var applied = articles.Select(_ => new List<Correction>()).ToList();
        var furniture = page.Furniture.ToList();
        foreach (var c in corrections)
        {
            var index = articles.FindIndex(a => Matches(a, c.Article));
            if (index < 0)
            {
                problems.Add(new Problem(Severity.Error, c.File, c.Line, null,
                    $"no article of {page.File} starts with '{c.Article}': the page or its split changed since this correction was written; update or remove it"));
                continue;
            }
            var a = articles[index];
            var changed = a.Corrected.ToList();
            if (c.MergeNext)
            {
                if (index + 1 >= articles.Count)
                {
                    problems.Add(new Problem(Severity.Error, c.File, c.Line, null, $"'merge_next' for '{c.Article}', but it is the last article of {page.File}"));
                }
                else
                {
                    a = Merge(a, articles[index + 1]);
                    applied[index].AddRange(applied[index + 1]);
                    articles.RemoveAt(index + 1);
                    applied.RemoveAt(index + 1);
                    changed.Add("merge");
                }
            }
            if (c.SplitAt is { } splitAt)
            {
                if (Split(a, splitAt) is { } parts)
                {
                    a = parts.First;
                    articles.Insert(index + 1, parts.Second with { Corrected = ["split"] });
                    applied.Insert(index + 1, []);
                    changed.Add("split");
                }
                else
                {
                    problems.Add(new Problem(Severity.Error, c.File, c.Line, null, $"'split_at: {splitAt}' is not the start of a paragraph or sentence of '{c.Article}'"));
                }
            }
            if (c.MoveHeadlineTo is { } target)
            {
                var to = articles.FindIndex(x => Matches(x, target));
                if (to < 0 || to == index)
                {
                    problems.Add(new Problem(Severity.Error, c.File, c.Line, null, $"'move_headline_to: {target}' finds no other article of {page.File}"));
                }
                else
                {
                    articles[to] = articles[to] with { Kicker = a.Kicker, Title = a.Title, Subtitle = a.Subtitle, Corrected = [.. articles[to].Corrected, "title"] };
                    a = a with { Kicker = null, Title = null, Subtitle = null };
                    changed.Add("title");
                }
            }
            if (c.Furniture)
            {
                furniture.AddRange(a.Pieces);
                articles.RemoveAt(index);
                applied.RemoveAt(index);
                continue;
            }
            if (c.Kicker is { } kicker)
                (a, changed) = (a with { Kicker = Piece(kicker, a) }, [.. changed, "kicker"]);
            if (c.Title is { } title)
                (a, changed) = (a with { Title = Piece(title, a) }, [.. changed, "title"]);
            if (c.Subtitle is { } subtitle)
                (a, changed) = (a with { Subtitle = Piece(subtitle, a) }, [.. changed, "subtitle"]);
            if (c.Byline is { } byline)
                (a, changed) = (a with { Byline = Byline(byline, a) }, [.. changed, "byline"]);
            if (!c.Replace.IsEmpty)
                (a, changed) = (Replace(a, c.Replace), [.. changed, "text"]);
            articles[index] = a with { Corrected = [.. changed.Distinct()] };
            applied[index].Add(c);
        }
        var renumbered = articles.Select((a, i) => a with { Number = i + 1 }).ToImmutableArray();
        var byArticle = applied.Select((list, i) => (i + 1, (IReadOnlyList<Correction>)list)).Where(p => p.Item2.Count > 0).ToDictionary(p => p.Item1, p => p.Item2);
        return (page with { Articles = renumbered, Furniture = [.. furniture.OrderBy(f => f.Offset)] }, byArticle);
    }

    /// <summary>Tags as corrected: townships added or removed, topics replaced.</summary>
    public static ArticleTags Apply(ArticleTags tags, IEnumerable<Correction> corrections)
    {
        foreach (var c in corrections)
        {
            var townships = tags.Townships.Except(c.RemoveTownships).Concat(c.AddTownships.Except(tags.Townships));
            tags = tags with { Townships = [.. townships], Topics = c.Topics ?? tags.Topics };
        }
        return tags;
    }

    /// <summary>The article's text or headline starts with <paramref name="words"/>, white space ignored.</summary>
    static bool Matches(Article article, string words)
    {
        var key = Compact(words);
        return key.Length > 0 && new[] { article.Text, article.Title?.Text, (article.Kicker?.Text ?? "") + article.Title?.Text, article.PhotoCredit?.Text }
            .Any(t => t is not null && Compact(t).StartsWith(key, StringComparison.Ordinal));
    }

    static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A corrected field: new text, placed where the article starts. An empty text removes the field.</summary>
    static TextPiece? Piece(string text, Article a) =>
        text.Length == 0 ? null : new TextPiece(text, a.Pieces.Min(p => p.Offset), a.Span.FirstLine, a.Span.FirstLine);

    static Byline? Byline(string text, Article a)
    {
        if (Piece(text, a) is not { } piece)
            return null;
        var credits = LedeParser.Parse(text)?.Credits
            ?? (BylineParser.TryParse(text, requireRole: false, defaultRole: "", out var found) ? found : []);
        return new Byline(piece, credits);
    }

    static Article Merge(Article first, Article rest) => first with
    {
        Sections = [.. first.Sections, .. rest.Sections.Select((s, i) => i == 0 && s.Heading is null && rest.Title is not null && first.Title is not null ? s with { Heading = rest.Title } : s)],
        Span = first.Span with { FirstLine = Math.Min(first.Span.FirstLine, rest.Span.FirstLine), LastLine = Math.Max(first.Span.LastLine, rest.Span.LastLine) },
        Title = first.Title ?? rest.Title,
        Kicker = first.Kicker ?? rest.Kicker,
        PhotoCredit = first.PhotoCredit ?? rest.PhotoCredit,
    };

    /// <summary>
    /// Cuts an article in two where a paragraph (or a sentence inside one) starts with
    /// <paramref name="words"/>; the second part keeps the paragraphs from there on.
    /// </summary>
    static (Article First, Article Second)? Split(Article a, string words)
    {
        var key = Compact(words);
        var paragraphs = a.Sections.SelectMany((s, si) => s.Paragraphs.Select((p, pi) => (si, pi, p))).ToList();
        foreach (var (si, pi, p) in paragraphs)
        {
            var text = p.Text;
            var at = text.IndexOf(words, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && !Text.Punctuation.IsSentenceEnd(text[at - 1]) && !Text.Punctuation.IsClosing(text[at - 1])) || key.Length == 0)
                continue;
            var before = a.Sections.Take(si).ToList();
            var after = a.Sections.Skip(si + 1).ToList();
            var section = a.Sections[si];
            var head = section.Paragraphs.Take(pi).ToList();
            var tail = section.Paragraphs.Skip(pi + 1).ToList();
            if (at > 0)
            {
                head.Add(p with { Text = text[..at] });
                tail.Insert(0, p with { Text = text[at..] });
            }
            else
            {
                tail.Insert(0, p);
            }
            var first = a with { Sections = [.. before, new Section(section.Heading, [.. head])] };
            var second = a with
            {
                Kicker = null, Title = null, Subtitle = null, Byline = null, PhotoCredit = null,
                Sections = [new Section(null, [.. tail]), .. after],
                Span = a.Span with { FirstLine = tail[0].FirstLine },
            };
            return (first with { Span = a.Span with { LastLine = Math.Max(a.Span.FirstLine, tail[0].FirstLine) } }, second);
        }
        return null;
    }

    static Article Replace(Article a, ImmutableArray<(string From, string To)> replace)
    {
        string Fix(string text) => replace.Aggregate(text, (t, r) => t.Replace(r.From, r.To, StringComparison.Ordinal));
        TextPiece? FixPiece(TextPiece? p) => p is null ? null : p with { Text = Fix(p.Text) };
        return a with
        {
            PrintedText = a.PrintedText ?? a.Text,
            Kicker = FixPiece(a.Kicker),
            Title = FixPiece(a.Title),
            Subtitle = FixPiece(a.Subtitle),
            Sections = [.. a.Sections.Select(s => new Section(FixPiece(s.Heading), [.. s.Paragraphs.Select(p => FixPiece(p)!)]))],
        };
    }
}
