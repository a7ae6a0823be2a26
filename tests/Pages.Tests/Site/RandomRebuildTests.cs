using Pages.Archive;
using Pages.Build;

namespace Pages.Tests.Site;

/// <summary>
/// An archivist's changes nobody chose, one after another (a fixed seed): a character of a page
/// corrected, a line broken or dropped, two lines swapped, a page's date or number changed, pages
/// added and deleted, corrections written. After each, the rebuild with the build cache must be
/// byte for byte a clean build of the same input. PAGES_RANDOM_REBUILDS sets how many (for a long run).
/// </summary>
public sealed class RandomRebuildTests(Xunit.Abstractions.ITestOutputHelper log) : TempFolder
{
    static int Count => int.TryParse(Environment.GetEnvironmentVariable("PAGES_RANDOM_REBUILDS"), out var n) ? n : 5;

    [Fact]
    public void Random_changes_rebuild_to_a_clean_builds_bytes()
    {
        // The last six pages are kept aside, to be added one at a time.
        var (pages, extra) = GeneratedArchive(kept: 16, aside: 6, seed: 9);
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output, cache: true).Succeeded);
        Assert.True(Directory.Exists(Path.Combine(output, "search", "a")), "the search index has one segment");
        var random = new Random(4);
        for (var round = 0; round < Count; round++)
        {
            var what = Change(pages, extra, random);
            var result = Build(pages, output, cache: true);
            log.WriteLine($"round {round}: {what}: {result.PagesRendered} pages rendered");
            Assert.True(result.Succeeded, $"round {round}, {what}: {result.Failure}");
            var clean = Path.Combine(Folder, "clean");
            Assert.True(Build(pages, clean, cache: false).Succeeded);
            var (expected, actual) = (Hashes(clean), Hashes(output));
            var differ = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(5).ToList();
            Assert.True(differ.Count == 0, $"round {round}, {what}: {string.Join(", ", differ)} differ from a clean build");
            Directory.Delete(clean, recursive: true);
        }
    }

    /// <summary>The search index cut into segments of 40 articles (the archive has about a hundred), so that changes land in either.</summary>
    static BuildResult Build(string pages, string output, bool cache) =>
        SiteBuilder.Build(new BuildOptions([pages], output, Repo.SampleConfig, [SampleSite.DefaultTheme], UseCache: cache,
            Search: new Pages.Search.Export.SearchExportOptions(SegmentDocs: 40)));

    static string[] PageFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Makes one change to the archive, and says what it was.</summary>
    static string Change(string pages, string extra, Random random)
    {
        var files = PageFiles(pages);
        var page = files[random.Next(files.Length)];
        var name = Path.GetFileName(page);
        var lines = File.ReadAllLines(page).ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(8))
        {
            case 0 when lines[line].Length > 0:
                var at = random.Next(lines[line].Length);
                lines[line] = lines[line][..at] + "之" + lines[line][(at + 1)..];
                File.WriteAllLines(page, lines);
                return $"a character of {name} line {line + 1} corrected";
            case 1 when lines[line].Length > 4:
                var cut = random.Next(1, lines[line].Length - 1);
                lines.Insert(line + 1, lines[line][cut..]);
                lines[line] = lines[line][..cut];
                File.WriteAllLines(page, lines);
                return $"{name} line {line + 1} broken in two";
            case 2 when lines.Count > 3:
                lines.RemoveAt(line);
                File.WriteAllLines(page, lines);
                return $"{name} line {line + 1} dropped";
            case 3 when line + 1 < lines.Count:
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                File.WriteAllLines(page, lines);
                return $"{name} lines {line + 1} and {line + 2} swapped";
            case 4:
                var meta = Path.ChangeExtension(page, ".yml");
                var text = File.ReadAllText(meta);
                File.WriteAllText(meta, random.Next(2) == 0
                    ? System.Text.RegularExpressions.Regex.Replace(text, @"page: \d+", $"page: {random.Next(1, 9)}")
                    : System.Text.RegularExpressions.Regex.Replace(text, @"date: (\d+)-(\d+)-(\d+)", m => $"date: {int.Parse(m.Groups[1].Value) - 1}-{m.Groups[2].Value}-{m.Groups[3].Value}"));
                return $"the sidecar of {name} changed";
            case 5 when Directory.EnumerateFiles(extra, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() is { } added:
                foreach (var file in new[] { added, Path.ChangeExtension(added, ".yml") })
                {
                    var target = Path.Combine(pages, Path.GetRelativePath(extra, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(file, target);
                }
                return $"{Path.GetFileName(added)} added";
            case 6 when files.Length > 8:
                File.Delete(page);
                File.Delete(Path.ChangeExtension(page, ".yml"));
                File.Delete(Pages.Corrections.CorrectionsReader.FileFor(page));
                return $"{name} deleted";
            default:
                var articles = ArchiveLoader.Load([page], Repo.SampleConfig).Pages.Single().Articles;
                if (articles.Length == 0)
                    return "nothing";
                var article = articles[random.Next(articles.Length)].Article;
                var start = string.Concat((article.Title?.Text ?? article.Paragraphs.First().Text).Take(8));
                var fix = random.Next(3) switch
                {
                    0 => "  title: 改过的标题\n",
                    1 => "  add_townships: [宁郭镇]\n",
                    _ => "  topics: [经济]\n",
                };
                File.WriteAllText(Pages.Corrections.CorrectionsReader.FileFor(page), $"- article: {start}\n{fix}");
                return $"a correction of {name} written";
        }
    }
}
