using Pages.Model;

namespace Pages.Splitting;

/// <summary>
/// Puts articles together from a page's units, in reading order. Where a headline goes depends on
/// the page's layout: in column text as extracted, an article's headline comes after its body, so a
/// headline closes the article before it; on pages that print headlines first, a headline waits for
/// the article that follows. A headline block followed by more body text of the same article is a
/// cross-head (小标题) inside it: long features have several, and they stay one article.
/// </summary>
internal sealed class ArticleAssembler(IReadOnlyList<Unit> units, PageLayout layout)
{
    readonly List<ArticleDraft> drafts = [];
    readonly List<TextPiece> furniture = [];
    ArticleDraft? current;
    HeadlineUnit? pending;
    int pendingAt = -1;

    public (List<ArticleDraft> Articles, List<TextPiece> Furniture) Assemble()
    {
        for (var k = 0; k < units.Count; k++)
        {
            switch (units[k])
            {
                case FurnitureUnit f:
                    furniture.Add(f.Piece);
                    break;
                case HeadlineUnit h:
                    OnHeadline(h, Next(k), k);
                    break;
                case BylineUnit b:
                    Start(new ArticleDraft { Byline = b.Byline });
                    break;
                case LedeUnit l:
                    OnLede(l);
                    break;
                case ParagraphUnit p:
                    OnParagraph(p);
                    break;
                case CreditUnit c:
                    OnCredit(c);
                    break;
            }
        }
        current?.Close();
        if (pending is not null)
            Start(new ArticleDraft());
        return (drafts, furniture);
    }

    Unit? Next(int k)
    {
        for (var j = k + 1; j < units.Count; j++)
            if (units[j] is not FurnitureUnit)
                return units[j];
        return null;
    }

    void Start(ArticleDraft draft)
    {
        current?.Close();
        if (pending is not null)
        {
            draft.SetHeadline(HeadlineParts.From(pending));
            pending = null;
        }
        drafts.Add(draft);
        current = draft;
    }

    void OnLede(LedeUnit lede)
    {
        // 又讯 is a second report under the headline of the report just before it.
        var follows = lede.IsFollowUp && drafts.Count > 0 && drafts[^1].Kind != ArticleKind.Photo ? drafts[^1] : null;
        Start(new ArticleDraft { Byline = lede.Byline, IsFollowUp = lede.IsFollowUp, FollowsReport = follows });
        if (lede.IsCaption)
            current!.Kind = ArticleKind.Photo;
        if (lede.Body is not null)
            current!.AddParagraph(lede.Body);
    }

    void OnParagraph(ParagraphUnit paragraph)
    {
        if (paragraph.IsCaption)
        {
            Start(new ArticleDraft { Kind = ArticleKind.Photo });
        }
        else if (current is null || current.IsClosed || (paragraph.Indented && current.HasBody))
        {
            // An indented block is a new block of text on the page: the extraction marks each
            // article's first block that way, never a paragraph inside one.
            Start(new ArticleDraft());
        }
        current!.AddParagraph(paragraph.Piece);
    }

    void OnCredit(CreditUnit credit)
    {
        if (current is not { IsClosed: false, Kind: ArticleKind.Photo, PhotoCredit: null })
            Start(new ArticleDraft());
        current!.SetCredit(credit.Credit);
        current.Close();
    }

    void OnHeadline(HeadlineUnit headline, Unit? next, int index)
    {
        var continuesBody = next is ParagraphUnit { IsCaption: false, Indented: false } && !headline.Indented;
        if (layout == PageLayout.HeadlinesAfterBody)
        {
            if (current is { IsClosed: false, HasBody: true } && continuesBody)
            {
                current.StartSection(HeadlineParts.Whole(headline));
            }
            else if (current is { HasBody: true, HasHeadline: false })
            {
                Attach(current, headline);
                current.Close();
            }
            else
            {
                Wait(headline, index);
            }
            return;
        }

        if (pending is null && current is { IsClosed: false, HasBody: true, Byline: not null, Kind: ArticleKind.News } && continuesBody)
        {
            current.StartSection(HeadlineParts.Whole(headline));
            return;
        }
        current?.Close();
        Wait(headline, index);
    }

    /// <summary>
    /// Keeps a headline for the next article. Two headline blocks in a row with nothing between are
    /// one headline set far apart; a waiting headline that something else came between becomes an
    /// article of its own (a headline whose text is missing from the page).
    /// </summary>
    void Wait(HeadlineUnit headline, int index)
    {
        if (pending is not null && pendingAt == index - 1)
        {
            var second = headline.Lines.Select((l, i) => i == 0 ? l with { BlankBefore = true } : l);
            pending = pending with { Lines = [.. pending.Lines, .. second] };
        }
        else
        {
            if (pending is not null)
            {
                Start(new ArticleDraft());
                current!.Close();
            }
            pending = headline;
        }
        pendingAt = index;
    }

    /// <summary>A headline printed after a 又讯 report belongs to the report it follows.</summary>
    static void Attach(ArticleDraft draft, HeadlineUnit headline)
    {
        var owner = draft.FollowsReport is { HasHeadline: false } first ? first : draft;
        owner.SetHeadline(HeadlineParts.From(headline));
    }
}
