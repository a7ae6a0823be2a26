using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pages.Config;

namespace Pages.Tagging;

/// <summary>
/// Finds the townships, villages and the zone an article mentions. A township counts when its
/// name, an alias or a misprint of it (宁国镇) appears, or one of its villages does. A village
/// written out with 村 (秦屯村, 寨卜昌村) counts on its own; written without it (秦屯, 寨卜昌), or
/// with a name short enough to hide inside ordinary words (怀村 in 关怀村民), or marked
/// needs_township (马村 is also a district of Jiaozuo), it counts only where the article names
/// the township close by, or where it is one of a list of names that share one 村 (秦屯、和屯两个
/// 试点村; 寨卜昌、侯卜昌等村): the list's 村 is its suffix. A village's misprints (东上村 for 东尚村)
/// count as the village under the same rules, and are reported as township misprints are.
/// </summary>
internal sealed partial class PlaceTagger
{
    /// <summary>How close (in characters) a township's name must be to vouch for a village.</summary>
    const int Nearby = 60;

    readonly SiteConfig config;

    /// <summary>Per township, per village, per spelling (its name, then its misprints) its <see cref="Forms"/>: made once, not once per article.</summary>
    readonly (string? Strong, string Weak)[][][] forms;

    public PlaceTagger(SiteConfig config)
    {
        this.config = config;
        forms = [.. config.Townships.Select(t => t.Villages.Select(v => v.Spellings.Select(Forms).ToArray()).ToArray())];
    }

    public (ImmutableArray<string> Townships, ImmutableArray<string> Villages, bool Zone, ImmutableArray<string> Misprints) Tag(ArticleText article)
    {
        var text = article.All;
        // Where a township is named, a village's short form inside that name (宁郭 of 宁郭村 in
        // 宁郭镇, 苏家作 in 苏家作乡) is the township's name, not the village's.
        var townshipNames = config.Townships
            .SelectMany(t => t.Aliases.Concat(t.Misprints).Prepend(t.Name))
            .SelectMany(n => Occurrences(text, n).Select(at => (Start: at, End: at + n.Length)))
            .ToList();
        var townships = ImmutableArray.CreateBuilder<string>();
        var villages = ImmutableArray.CreateBuilder<string>();
        var misprints = ImmutableArray.CreateBuilder<string>();
        foreach (var (t, township) in config.Townships.Index())
        {
            var named = township.Aliases.Prepend(township.Name).SelectMany(n => Occurrences(text, n)).ToList();
            foreach (var misprint in township.Misprints.Where(m => text.Contains(m, StringComparison.Ordinal)))
            {
                misprints.Add(misprint);
                named.AddRange(Occurrences(text, misprint));
            }
            var found = new List<string>();
            foreach (var (i, village) in township.Villages.Index())
            {
                // A village's weak form is in its strong one: an article without it names the
                // village in neither (most articles, for most villages), and is not looked at further.
                var mentioned = false;
                for (var k = 0; k < forms[t][i].Length; k++)
                {
                    if (!text.Contains(forms[t][i][k].Weak, StringComparison.Ordinal) || !Mentions(text, village, forms[t][i][k], named, townshipNames))
                        continue;
                    if (!mentioned)
                        found.Add(village.Name);
                    mentioned = true;
                    if (k > 0)
                        misprints.Add(village.Misprints[k - 1]);
                }
            }
            villages.AddRange(found);
            if (named.Count > 0 || found.Count > 0)
                townships.Add(township.Name);
        }
        var zone = config.Zone.Name.Length > 0
            && config.Zone.Aliases.Prepend(config.Zone.Name).Any(n => text.Contains(n, StringComparison.Ordinal));
        return (townships.ToImmutable(), villages.ToImmutable(), zone, misprints.ToImmutable());
    }

    static bool Mentions(string text, Village village, (string? Strong, string Weak) forms, List<int> townshipNamed, List<(int Start, int End)> townshipNames)
    {
        var (strong, weak) = forms;
        bool Vouched(int at) => townshipNamed.Any(t => Math.Abs(t - at) <= Nearby);
        bool InsideTownshipName(int at, int length) => townshipNames.Any(n => n.Start <= at && at + length <= n.End);
        foreach (var at in strong is null ? [] : Occurrences(text, strong))
            if (!InsideTownshipName(at, strong!.Length) && (!village.NeedsTownship || Vouched(at)))
                return true;
        foreach (var at in Occurrences(text, weak))
            if (!InsideTownshipName(at, weak.Length) && (Vouched(at) || SharesListSuffix(text, at + weak.Length, weak, village)))
                return true;
        return false;
    }

    /// <summary>
    /// Whether the name ending at <paramref name="end"/> is followed by the rest of a list of names
    /// whose one 村 it shares: more names after 、和及与, then either a count or 等 and up to three
    /// characters before 村 (两个试点村, 等村), or, after at least one more name, 村 at once (秦屯、和屯村).
    /// Not for names that are a common word or end with 村 already (马村, 怀村).
    /// </summary>
    static bool SharesListSuffix(string text, int end, string weak, Village village) =>
        !village.NeedsTownship && !weak.EndsWith('村') && ListSuffix().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(?:(?:[、和及与]\p{IsCJKUnifiedIdeographs}{2,4}?)*(?:等|[两二三四五六七八九十几0-9]{1,3}个)\p{IsCJKUnifiedIdeographs}{0,3}?村|(?:[、和及与]\p{IsCJKUnifiedIdeographs}{2,4}?)+村)")]
    private static partial Regex ListSuffix();

    /// <summary>
    /// The form that counts on its own (three characters or more, ending with 村) and the form that
    /// needs its township named close by (the name without 村, or a two-character name).
    /// </summary>
    static (string? Strong, string Weak) Forms(string name)
    {
        var withCun = name.EndsWith('村') ? name : name + "村";
        var without = name.EndsWith('村') ? name[..^1] : name;
        var strong = withCun.Length >= 3 ? withCun : null;
        var weak = without.Length >= 2 ? without : withCun;
        return (strong, weak);
    }

    static IEnumerable<int> Occurrences(string text, string word)
    {
        if (word.Length == 0)
            yield break;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            yield return at;
    }
}
