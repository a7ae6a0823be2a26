using System.Text.RegularExpressions;
using Pages.Archive;
using Pages.Config;
using Pages.Model;
using Pages.Tagging;

namespace Pages.Quality;

/// <summary>
/// `pages check`: lists what looks doubtful in the archive, for an archivist to look at and, where
/// the splitter got it wrong, to correct. Each check is small and says in plain words what it saw.
/// </summary>
public static partial class QualityReport
{
    /// <summary>A news article shorter than this (characters) is listed as very short.</summary>
    public const int ShortArticle = 40;

    /// <summary>An article longer than this is listed as very long: maybe two articles run together.</summary>
    public const int LongArticle = 8000;

    /// <summary>A sentence this long printed twice on one page is listed as a repeated passage.</summary>
    public const int RepeatedSentence = 20;

    /// <summary>Words ending in 村 or 社区 that name no village.</summary>
    static readonly string[] NotPlaces = ["城中村", "乡村", "各村", "该村", "全村", "本村", "试点村", "亮点村", "示范村", "行政村", "自然村", "各社区"];

    /// <summary>
    /// A village named right after a place the configuration knows (阳庙镇小梁庄村, 马庄村、小梁庄村):
    /// two to four characters ending in 村 or 社区. Without word segmentation this is the one place
    /// where an unknown village name can be told from ordinary words ending in 村 (各村, 城中村).
    /// </summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}?(?:村|社区)")]
    private static partial Regex VillageAfter();

    /// <summary>
    /// A township-like name (two or three characters and 镇, 乡 or 街道) standing where a place name
    /// stands in a list or after a preposition: after 、 or at a clause's start, or after 在/到/与/和/及.
    /// </summary>
    [GeneratedRegex(@"(?:(?<=^|[，。、；：（“]|在|到|与|和|及)(?!在|到|与|和|及)\p{IsCJKUnifiedIdeographs}{2,3}(?:街道|镇|乡)(?=[，。、；）”]|$))")]
    private static partial Regex TownshipLike();

    /// <summary>Township-like words that name no township.</summary>
    static readonly string[] NotTownships = ["全乡", "全镇", "该乡", "该镇", "本镇", "本乡", "家乡", "下乡", "返乡", "各乡", "各镇"];

    public static IReadOnlyList<Finding> Check(LoadedArchive archive)
    {
        var findings = new List<Finding>();
        foreach (var problem in archive.Problems)
            findings.Add(new Finding(problem.Severity, "unreadable", problem.File, problem.Line ?? 0, problem.Message + (problem.ByteOffset is { } b ? $" (byte {b})" : "")));
        // A page's own checks depend on it and the configuration alone: the build does them with the
        // page's split and keeps them in its cache (LoadedPage.Checked); the others are done here.
        // Pages are checked in parallel, each into its own lists, merged in page order so the report
        // (and which page an unknown place is first shown on) is the same on every run.
        var known = new Lazy<KnownPlaces>(() => new KnownPlaces(archive.Config));
        var perPage = new PageFindings[archive.Pages.Length];
        Parallel.For(0, archive.Pages.Length, i => perPage[i] = archive.Pages[i].Checked ?? CheckPage(archive.Pages[i], known.Value));
        var placeLike = new Dictionary<string, (int Count, string File, int Line)>(StringComparer.Ordinal);
        foreach (var page in perPage)
        {
            findings.AddRange(page.Findings);
            foreach (var (name, file, line) in page.Places)
                placeLike[name] = placeLike.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.File, seen.Line) : (1, file, line);
        }
        foreach (var (name, (count, file, line)) in placeLike.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal))
            findings.Add(new Finding(Severity.Warning, "unknown-place", file, line, $"'{name}' is named like a place but is not in the configuration ({count}×); add it to site.yml if it is one"));
        return [.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Check, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Checks one page at a time: what is doubtful on it, and the unknown places it names (counted
    /// over the archive by <see cref="Check"/>). What it finds depends on the page and the configuration alone.
    /// </summary>
    public static Func<LoadedPage, PageFindings> PageChecker(SiteConfig config)
    {
        var known = new KnownPlaces(config);
        return page => CheckPage(page, known);
    }

    static PageFindings CheckPage(LoadedPage page, KnownPlaces known)
    {
        var findings = new List<Finding>();
        var places = new List<PlaceMention>();
        var file = page.Source.File;
        if (page.Meta.IsUnknown)
            findings.Add(new Finding(Severity.Warning, "no-metadata", file, 1, $"the page has no metadata: add {Path.GetFileNameWithoutExtension(file)}.yml beside it with its date and page number"));
        if (page.Source.Text.Contains('\uFFFD'))
            findings.Add(new Finding(Severity.Warning, "encoding", file, LineOf(page.Source.Text, page.Source.Text.IndexOf('\uFFFD')), "the text holds replacement characters (�): the file was probably converted from another encoding with losses"));
        // The page's lines, for the captions' check only (most pages have none to check).
        var lines = new Lazy<string[]>(() => page.Source.Text.Split('\n'), LazyThreadSafetyMode.None);
        foreach (var tagged in page.Articles)
            CheckArticle(tagged, lines, findings);
        CheckRepeats(page, findings);
        foreach (var tagged in page.Articles)
            foreach (var piece in tagged.Article.Paragraphs)
                foreach (var name in UnknownVillages(piece.Text, known).Concat(UnknownTownships(piece.Text, known.Names)))
                    places.Add(new PlaceMention(name, file, piece.FirstLine));
        return new PageFindings([.. findings], [.. places]);
    }

    static void CheckArticle(TaggedArticle tagged, Lazy<string[]> lines, List<Finding> findings)
    {
        var a = tagged.Article;
        var (file, line) = (a.Span.File, a.Span.FirstLine);
        var text = a.Text;
        if (a.Kind == ArticleKind.News && a.Title is null && !a.IsFollowUp)
            findings.Add(new Finding(Severity.Warning, "no-headline", file, line, $"an article printed without a headline (it begins '{Opening(text)}'); give it one in a correction if the page has it elsewhere"));
        if (a.Kind == ArticleKind.News && text.Length < ShortArticle)
            findings.Add(new Finding(Severity.Warning, "short", file, line, $"a very short article ({text.Length} characters): '{Opening(text)}'"));
        if (text.Length > LongArticle)
            findings.Add(new Finding(Severity.Warning, "long", file, line, $"a very long article ({text.Length} characters, lines {a.Span.FirstLine}-{a.Span.LastLine}): maybe two articles run together"));
        if (a.Kind == ArticleKind.Photo && a.Paragraphs.FirstOrDefault() is { } caption && StartsMidSentence(caption, lines.Value))
            findings.Add(new Finding(Severity.Warning, "cut-caption", file, line, $"a picture caption that seems to start mid-sentence ('{Opening(caption.Text)}'): its start may be on another page"));
        foreach (var misprint in tagged.Tags.Misprints)
            findings.Add(new Finding(Severity.Warning, "misprint", file, line, $"'{misprint}' is a misprint of a place name (tagged as {string.Join("、", tagged.Tags.Townships)})"));
        foreach (var paragraph in a.Paragraphs)
            if (LooksLikeAHeadline(paragraph.Text))
                findings.Add(new Finding(Severity.Warning, "stray-headline", file, paragraph.FirstLine, $"'{paragraph.Text}' looks like a headline but was read as text"));
    }

    /// <summary>Every sentence of some length that the page prints twice.</summary>
    static void CheckRepeats(LoadedPage page, List<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var piece in page.Articles.SelectMany(a => a.Article.Paragraphs))
        {
            foreach (var sentence in piece.Text.Split('。', StringSplitOptions.RemoveEmptyEntries))
            {
                if (sentence.Length < RepeatedSentence)
                    continue;
                if (seen.TryGetValue(sentence, out var first))
                    findings.Add(new Finding(Severity.Warning, "repeated-passage", page.Source.File, piece.FirstLine, $"'{Opening(sentence)}' is printed again (first at line {first})"));
                else
                    seen[sentence] = piece.FirstLine;
            }
        }
    }

    /// <summary>A paragraph of one short line with no stop and no comma: a headline left in the body.</summary>
    static bool LooksLikeAHeadline(string text) =>
        text.Length is >= 4 and <= 24 && !Text.Punctuation.EndsSentence(text) && text.IndexOfAny(['，', '。', '、', '；', ',']) < 0;

    /// <summary>
    /// A caption whose first line is a new block of text (indented) straight after the text before
    /// it, with no blank line: the extraction cut it there, and what came before is on another page.
    /// </summary>
    static bool StartsMidSentence(TextPiece caption, string[] lines)
    {
        var at = caption.FirstLine - 1;
        return at > 0 && at < lines.Length && lines[at].Length > 0 && char.IsWhiteSpace(lines[at][0]) && lines[at - 1].Trim().Length > 0
            && !Text.Punctuation.IsPictureArrow(lines[at].TrimStart()[0]);
    }

    /// <summary>
    /// Names right after a township or village the configuration knows (the longest known name at
    /// that point: 苏家作乡, not 苏家作), or after a known village and 、, that are not known themselves.
    /// </summary>
    static IEnumerable<string> UnknownVillages(string text, KnownPlaces known)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (known.LongestAt(text, at) is not { } place)
                continue;
            var after = at + place.Length;
            if (after < text.Length && text[after] == '、')
                after++;
            // The regex is anchored at the start of the range it is given.
            if (VillageAfter().Match(text, after, text.Length - after) is { Success: true } match && IsUnknownVillage(match.Value, known))
                yield return match.Value;
        }
    }

    static bool IsUnknownVillage(string name, KnownPlaces known) =>
        !known.Names.Contains(name) && !NotPlaces.Any(n => name.EndsWith(n, StringComparison.Ordinal))
        && !known.Names.Any(k => k.StartsWith(name, StringComparison.Ordinal)) && "等和与及就在的".IndexOf(name[0]) < 0;

    static IEnumerable<string> UnknownTownships(string text, HashSet<string> known) =>
        TownshipLike().Matches(text).Select(m => m.Value)
            .Where(name => !known.Contains(name) && !NotTownships.Contains(name)
                && !name.EndsWith("小镇", StringComparison.Ordinal) && !name.EndsWith("乡镇", StringComparison.Ordinal) && !name.EndsWith("城乡", StringComparison.Ordinal));

    static string Opening(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= 16 ? flat : flat[..16] + "…";
    }

    static int LineOf(string text, int offset) => text.AsSpan(0, Math.Max(0, offset)).Count('\n') + 1;
}
