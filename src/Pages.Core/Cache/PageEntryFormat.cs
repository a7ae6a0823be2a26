using System.Collections.Immutable;
using Pages.Model;
using Pages.Quality;
using Pages.Tagging;

namespace Pages.Cache;

/// <summary>
/// The bytes of a cache entry (<c>pages/{key}.page</c>): a <see cref="CachedPage"/> written field by
/// field, in <see cref="EntryWriter"/>'s binary form with its checksum. A rebuild reads every
/// page's entry, and reading them as JSON took longer than anything else it did besides the search
/// export; this reads them about ten times faster. The format belongs to one version of Pages (the
/// cache is emptied when Pages changes), so it has no compatibility to keep: every field of the
/// records is written, in their declaration order.
/// </summary>
internal static class PageEntryFormat
{
    const uint Magic = 0x45474150; // "PAGE"
    const int Version = 2;

    public static byte[] Write(CachedPage page)
    {
        var w = new EntryWriter();
        Meta(w, page.Meta);
        var split = page.Split;
        w.String(split.Name);
        w.String(split.File);
        w.Int((int)split.Layout);
        w.List(split.Articles, a => Article(w, a));
        w.List(split.Furniture, p => Piece(w, p));
        w.List(page.Tags, t => Tags(w, t));
        w.List(page.Problems, p => Problem(w, p));
        w.Optional(page.Checked, f => Findings(w, f));
        // Made here, from the whole article, so that a rebuild knows what lists show of it without its body.
        foreach (var article in split.Articles)
            w.Bytes(Site.Views.ViewBuilder.ListingDigest(article));
        return w.ToArray(Magic, Version);
    }

    /// <summary>The page in <paramref name="bytes"/>; <see cref="InvalidDataException"/> saying why when they are not a whole, sound entry.</summary>
    public static CachedPage Read(ReadOnlyMemory<byte> bytes)
    {
        var r = new EntryReader(EntryWriter.Payload(bytes, Magic, Version));
        var meta = Meta(ref r);
        var (name, file, layout) = (r.String(), r.String(), (PageLayout)r.Int());
        var articles = r.List(Article);
        var furniture = r.List(Piece);
        var tags = r.List(Tags);
        var problems = r.List(Problem);
        var findings = r.Bool() ? Findings(ref r) : null;
        var digests = new byte[articles.Length][];
        for (var i = 0; i < digests.Length; i++)
            digests[i] = r.Bytes(System.Security.Cryptography.SHA256.HashSizeInBytes).ToArray();
        if (!r.AtEnd)
            throw new InvalidDataException("it has bytes after its end");
        if (tags.Length != articles.Length)
            throw new InvalidDataException("its tags do not match its articles");
        return new CachedPage(meta, new SplitPage(name, file, layout, articles, furniture), tags, problems)
        {
            Checked = findings,
            ListingDigests = [.. digests],
        };
    }

    static void Meta(EntryWriter w, PageMeta meta)
    {
        w.Optional(meta.Date, d => w.Int(d.DayNumber));
        w.OptionalString(meta.Edition);
        w.Optional(meta.PageNumber, w.Int);
        w.OptionalString(meta.Section);
    }

    static PageMeta Meta(ref EntryReader r) => new(
        r.Bool() ? DateOnly.FromDayNumber(r.Int()) : null,
        r.OptionalString(),
        r.Bool() ? r.Int() : null,
        r.OptionalString());

    static void Article(EntryWriter w, Article a)
    {
        w.String(a.Page);
        w.Int(a.Number);
        w.Int((int)a.Kind);
        w.Optional(a.Kicker, p => Piece(w, p));
        w.Optional(a.Title, p => Piece(w, p));
        w.Optional(a.Subtitle, p => Piece(w, p));
        w.Optional(a.Byline, b => Byline(w, b));
        w.Optional(a.PhotoCredit, b => Byline(w, b));
        w.Block(b => b.List(a.Sections, s => Section(b, s)));
        w.String(a.Span.File);
        w.Int(a.Span.FirstLine);
        w.Int(a.Span.LastLine);
        w.Bool(a.IsFollowUp);
        w.List(a.Corrected, w.String);
        w.OptionalString(a.PrintedText);
    }

    static Article Article(ref EntryReader r)
    {
        var (page, number, kind) = (r.String(), r.Int(), (ArticleKind)r.Int());
        var kicker = OptionalPiece(ref r);
        var title = OptionalPiece(ref r);
        var subtitle = OptionalPiece(ref r);
        var byline = r.Bool() ? Byline(ref r) : null;
        var credit = r.Bool() ? Byline(ref r) : null;
        var body = r.Block();
        var span = new SourceSpan(r.String(), r.Int(), r.Int());
        var followUp = r.Bool();
        var corrected = r.List(static (ref EntryReader r) => r.String());
        var printed = r.OptionalString();
        // A rebuild reads every page's entry but shows, indexes or exports again the text of only
        // the pages that changed (and their neighbours): the body is decoded when first asked for.
        // The entry's checksum was checked as a whole, so a body decoded later is the one written.
        return new Article(page, number, kind, kicker, title, subtitle, byline, credit, [], span, followUp)
        {
            Corrected = corrected,
            PrintedText = printed,
            DeferredSections = () => Sections(body),
        };
    }

    static ImmutableArray<Section> Sections(ReadOnlyMemory<byte> body)
    {
        var r = new EntryReader(body);
        var sections = r.List(Section);
        return r.AtEnd ? sections : throw new InvalidDataException("an article's body has bytes after its end");
    }

    static void Piece(EntryWriter w, TextPiece piece)
    {
        w.String(piece.Text);
        w.Int(piece.Offset);
        w.Int(piece.FirstLine);
        w.Int(piece.LastLine);
    }

    static TextPiece Piece(ref EntryReader r) => new(r.String(), r.Int(), r.Int(), r.Int());

    static TextPiece? OptionalPiece(ref EntryReader r) => r.Bool() ? Piece(ref r) : null;

    static void Byline(EntryWriter w, Byline byline)
    {
        Piece(w, byline.Piece);
        w.List(byline.Credits, c =>
        {
            w.String(c.Name);
            w.String(c.Role);
        });
    }

    static Byline Byline(ref EntryReader r) => new(Piece(ref r), r.List(static (ref EntryReader r) => new Credit(r.String(), r.String())));

    static void Section(EntryWriter w, Section section)
    {
        w.Optional(section.Heading, p => Piece(w, p));
        w.List(section.Paragraphs, p => Piece(w, p));
    }

    static Section Section(ref EntryReader r) => new(OptionalPiece(ref r), r.List(Piece));

    static void Tags(EntryWriter w, ArticleTags tags)
    {
        w.List(tags.Townships, w.String);
        w.List(tags.Villages, w.String);
        w.Bool(tags.Zone);
        w.List(tags.Topics, w.String);
        w.List(tags.Misprints, w.String);
        w.List(tags.Dates, d =>
        {
            w.Optional(d.Year, w.Int);
            w.Int(d.Month);
            w.Int(d.Day);
        });
    }

    static ArticleTags Tags(ref EntryReader r) => new(
        r.List(static (ref EntryReader r) => r.String()),
        r.List(static (ref EntryReader r) => r.String()),
        r.Bool(),
        r.List(static (ref EntryReader r) => r.String()),
        r.List(static (ref EntryReader r) => r.String()),
        r.List(static (ref EntryReader r) => new MentionedDate(r.Bool() ? r.Int() : null, r.Int(), r.Int())));

    static void Problem(EntryWriter w, Problem p)
    {
        w.Int((int)p.Severity);
        w.String(p.File);
        w.Optional(p.Line, w.Int);
        w.Optional(p.ByteOffset, w.Long);
        w.String(p.Message);
    }

    static Problem Problem(ref EntryReader r) => new((Severity)r.Int(), r.String(), r.Bool() ? r.Int() : null, r.Bool() ? r.Long() : null, r.String());

    static void Findings(EntryWriter w, PageFindings findings)
    {
        w.List(findings.Findings, f =>
        {
            w.Int((int)f.Severity);
            w.String(f.Check);
            w.String(f.File);
            w.Int(f.Line);
            w.String(f.Message);
        });
        w.List(findings.Places, p =>
        {
            w.String(p.Name);
            w.String(p.File);
            w.Int(p.Line);
        });
    }

    static PageFindings Findings(ref EntryReader r) => new(
        r.List(static (ref EntryReader r) => new Finding((Severity)r.Int(), r.String(), r.String(), r.Int(), r.String())),
        r.List(static (ref EntryReader r) => new PlaceMention(r.String(), r.String(), r.Int())));
}
