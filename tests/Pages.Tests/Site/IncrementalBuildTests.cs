using Pages.Archive;
using Pages.Build;
using Pages.Cache;
using Pages.Site;

namespace Pages.Tests.Site;

/// <summary>
/// Rebuilds with the build cache: the result must be byte for byte what a clean build of the same
/// input gives, whatever changed in between, and a cache that cannot be trusted must not be used.
/// </summary>
public sealed class IncrementalBuildTests : TempFolder
{
    /// <summary>Twenty generated pages, and the eight that follow them kept aside to be added later.</summary>
    (string Pages, string Extra) Archive() => GeneratedArchive(kept: 20, aside: 8, seed: 3);

    static BuildResult Build(string pages, string output, bool cache = true, params string[] themes) =>
        SiteBuilder.Build(new BuildOptions([pages], output, Repo.SampleConfig, [.. themes, SampleSite.DefaultTheme], UseCache: cache));

    /// <summary>A clean build of <paramref name="pages"/>, without any cache, and its files' hashes.</summary>
    Dictionary<string, string> Clean(string pages, params string[] themes)
    {
        var output = Path.Combine(Folder, "clean-" + Guid.NewGuid().ToString("N"));
        var result = Build(pages, output, cache: false, themes);
        Assert.True(result.Succeeded, result.Failure);
        Assert.False(Directory.Exists(BuildCache.FolderOf(output)));
        return Hashes(output);
    }

    static string[] PageFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_input_given_by_another_path_to_the_same_folder_is_not_read_again()
    {
        var (pages, _) = Archive();
        // A page whose metadata has a problem: the problem is cached with the page, and said again.
        var page = PageFiles(pages)[2];
        File.WriteAllText(Path.ChangeExtension(page, ".yml"), "date: 2099-13-45\n");
        var output = Path.Combine(Folder, "output");
        var first = Build(Path.GetFullPath(pages), output);
        Assert.True(first.Succeeded, first.Failure);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, pages);
        Assert.False(Path.IsPathRooted(relative));

        var second = Build(relative, output);

        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(0, second.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(0, second.PagesRendered);
        var problem = Assert.Single(second.Problems, p => p.File.EndsWith(Path.GetFileName(Path.ChangeExtension(page, ".yml")), StringComparison.Ordinal));
        Assert.Equal(Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, Path.GetDirectoryName(page)!), Path.GetFileName(Path.ChangeExtension(page, ".yml"))), problem.File);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    [Fact]
    public void A_rebuild_after_changing_adding_and_deleting_pages_equals_a_clean_build()
    {
        var (pages, extra) = Archive();
        var output = Path.Combine(Folder, "output");
        var first = Build(pages, output);
        Assert.True(first.Succeeded, first.Failure);
        Assert.Equal(first.FilesWritten, first.PagesRendered);

        var files = PageFiles(pages);
        var changed = files[5];
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("示范区", "示范区域", StringComparison.Ordinal));
        File.Delete(files[11]);
        File.Delete(Path.ChangeExtension(files[11], ".yml"));
        foreach (var file in Directory.EnumerateFiles(extra, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pages, Path.GetRelativePath(extra, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var second = Build(pages, output);
        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(8 + 1, second.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.InRange(second.PagesRendered, 1, second.FilesWritten - 1);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>
    /// Pages added at the end change only the newest segment of the search index: the older
    /// segment's files (search/a/) are not written at all. Segments cut a few articles before the
    /// first build's last, so that the eight pages added stay in the newest.
    /// </summary>
    [Fact]
    public void Pages_added_at_the_end_write_only_the_newest_search_segment()
    {
        var (pages, extra) = Archive();
        var articles = Build(pages, Path.Combine(Folder, "count"), cache: false).Stages.Single(s => s.Name == "index").DocumentsIn;
        var search = new Pages.Search.Export.SearchExportOptions(SegmentDocs: articles - 5);
        BuildResult Segmented(string output, bool cache = true) =>
            SiteBuilder.Build(new BuildOptions([pages], output, Repo.SampleConfig, [SampleSite.DefaultTheme], UseCache: cache, Search: search));
        var output = Path.Combine(Folder, "output");
        Assert.True(Segmented(output).Succeeded);
        var older = Directory.GetFiles(Path.Combine(output, "search", "a"), "*", SearchOption.AllDirectories);
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var file in Directory.GetFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, old);
        foreach (var file in Directory.EnumerateFiles(extra, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(pages, Path.GetRelativePath(extra, file)));

        var second = Segmented(output);

        Assert.True(second.Succeeded, second.Failure);
        Assert.NotEmpty(older);
        Assert.All(older, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Contains(Directory.GetFiles(Path.Combine(output, "search", "t"), "*", SearchOption.AllDirectories), file => File.GetLastWriteTimeUtc(file) != old);
        var clean = Path.Combine(Folder, "clean");
        Assert.True(Segmented(clean, cache: false).Succeeded);
        Assert.Equal(Hashes(clean), Hashes(output));
    }

    /// <summary>
    /// Articles added to a list of a township, topic, author or year that keeps its number of pages
    /// change its first page (the count) and its last (x-last.html), not the pages between.
    /// </summary>
    [Fact]
    public void Articles_added_to_a_long_list_leave_its_middle_pages_as_they_were()
    {
        var (pages, extra) = GeneratedArchive(kept: 70, aside: 2, seed: 5);
        var (output, before, old) = BuiltWithListsAged(pages);
        var counts = before.Keys.ToDictionary(first => first, Count);
        foreach (var file in Directory.EnumerateFiles(extra, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(pages, Path.GetRelativePath(extra, file)));

        Assert.True(Build(pages, output).Succeeded);

        // The lists that gained articles (their first page says so) and kept their number of pages.
        var after = ListPages(output);
        var middle = before.Where(l => after.GetValueOrDefault(l.Key)?.Count == l.Value.Count && Count(l.Key) != counts[l.Key])
            .SelectMany(l => l.Value.Where(f => !f.EndsWith("-last.html", StringComparison.Ordinal) && f != l.Key)).ToList();
        Assert.NotEmpty(middle);
        Assert.All(middle, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>
    /// A page added to the first issue puts its articles at the start of its lists: the pages of
    /// each list are cut where its articles say (<see cref="ListCuts"/>), so the pages after the
    /// first few are kept, where cut every hundred articles every page of the list moved.
    /// </summary>
    [Fact]
    public void Articles_added_at_the_start_of_a_long_list_leave_its_later_pages_as_they_were()
    {
        var (pages, _) = GeneratedArchive(kept: 70, aside: 0, seed: 5);
        var (output, before, old) = BuiltWithListsAged(pages);
        var first = PageFiles(pages)[0];
        var added = first[..^".txt".Length] + "-added";
        File.Copy(first, added + ".txt");
        File.WriteAllText(added + ".yml", System.Text.RegularExpressions.Regex.Replace(
            File.ReadAllText(Path.ChangeExtension(first, ".yml")), @"page: \d+", "page: 99"));

        Assert.True(Build(pages, output).Succeeded);

        var after = ListPages(output);
        var later = before.Where(l => after.GetValueOrDefault(l.Key)?.Count == l.Value.Count)
            .SelectMany(l => l.Value.Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"-([4-9]|\d\d+)\.html$"))).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>The pages built, and their long lists' pages, each marked as last written a day ago.</summary>
    (string Output, Dictionary<string, List<string>> Lists, DateTime Old) BuiltWithListsAged(string pages)
    {
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var lists = ListPages(output);
        var old = DateTime.UtcNow.AddDays(-1);
        foreach (var file in lists.Values.SelectMany(p => p))
            File.SetLastWriteTimeUtc(file, old);
        return (output, lists, old);
    }

    /// <summary>How many articles a list's first page says it has.</summary>
    static int Count(string firstPage) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(firstPage), @"共 (\d+) 篇文章").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    static readonly string[] ListFolders = ["townships", "villages", "topics", "authors", "years"];

    /// <summary>Per list of articles with more than one page (by its first page's file), its pages' files.</summary>
    static Dictionary<string, List<string>> ListPages(string output) =>
        ListFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(output, folder), "*.html"))
            .Select(f => (File: f, Match: System.Text.RegularExpressions.Regex.Match(f, @"^(.*)-(\d+|last)\.html$")))
            .Where(x => x.Match.Success)
            .GroupBy(x => x.Match.Groups[1].Value + ".html")
            .ToDictionary(g => g.Key, g => g.Select(x => x.File).Append(g.Key).ToList());

    [Fact]
    public void A_changed_page_writes_its_months_export_file_again_and_keeps_the_others()
    {
        var (pages, _) = Archive();
        var files = PageFiles(pages);
        // The first page moved to the month before: two months, two export files.
        var meta = Path.ChangeExtension(files[0], ".yml");
        File.WriteAllText(meta, File.ReadAllText(meta).Replace("date: 2014-01-01", "date: 2013-12-31", StringComparison.Ordinal));
        Age(Folder);
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var (before, after) = (Path.Combine(output, "data", "2013-12.json"), Path.Combine(output, "data", "2014-01.json"));
        var old = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(before, old);
        File.SetLastWriteTimeUtc(after, old);

        File.WriteAllText(files[5], File.ReadAllText(files[5]).Replace("示范区", "示范区域", StringComparison.Ordinal));
        var second = Build(pages, output);

        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(old, File.GetLastWriteTimeUtc(before));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(after));
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>
    /// A page saved again with its articles as they were (a line break added at its end) is split
    /// again, but the search index is kept: not one of its files is written.
    /// </summary>
    [Fact]
    public void A_page_changed_without_changing_its_articles_keeps_every_search_file()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var old = DateTime.UtcNow.AddDays(-1);
        var search = Directory.GetFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories);
        foreach (var file in search)
            File.SetLastWriteTimeUtc(file, old);
        var page = PageFiles(pages)[3];
        File.AppendAllText(page, "\n\n");

        var second = Build(pages, output);

        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(1, second.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.All(search, file => Assert.Equal(old, File.GetLastWriteTimeUtc(file)));
        Assert.Equal(Clean(pages), Hashes(output));
        Assert.True(Build(pages, output).Succeeded);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>
    /// A word changed deep in an article's body (past its excerpt) renders again its printed page,
    /// its articles' pages and its issue's, but no list of articles: a list shows each article's
    /// title, byline and excerpt, which did not change.
    /// </summary>
    [Fact]
    public void A_change_past_every_excerpt_renders_its_page_and_articles_but_no_list_they_are_on()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var page = PageFiles(pages)[2];
        var shown = Shown(page);
        var text = File.ReadAllText(page);
        var body = ArchiveLoader.Load([page], Repo.SampleConfig).Pages.Single().Articles.Select(a => a.Article.Text).First(t => t.Length > 600);
        // Four ideographs near the end of a long body, found once in the page's text.
        var at = Enumerable.Range(300, body.Length - 304).Reverse().First(i =>
            body.Substring(i, 4).All(c => c is >= '\u4e00' and <= '\u9fff') && text.IndexOf(body.Substring(i, 4), StringComparison.Ordinal) is var k && k >= 0
            && k == text.LastIndexOf(body.Substring(i, 4), StringComparison.Ordinal));
        var word = body.Substring(at, 4);
        File.WriteAllText(page, text.Replace(word, (word[0] == '一' ? '二' : '一') + word[1..], StringComparison.Ordinal));
        Assert.Equal(shown, Shown(page));

        var second = Build(pages, output);

        Assert.True(second.Succeeded, second.Failure);
        // The page's articles, the printed page and its issue (and at most one other, the quality
        // report); with the printed page's key standing for its articles' links, 55 pages here.
        Assert.InRange(second.PagesRendered, shown.Count + 2, shown.Count + 3);
        Assert.Equal(Clean(pages), Hashes(output));

        // What a list shows of each article of the page.
        static List<string> Shown(string page) =>
            [.. ArchiveLoader.Load([page], Repo.SampleConfig).Pages.Single().Articles.Select(a => Convert.ToHexString(global::Pages.Site.Views.ViewBuilder.ListingDigest(a.Article)))];
    }

    /// <summary>
    /// Changes whose effect reaches pages built from other, unchanged printed pages: a page moved
    /// to another issue (its issue's and its neighbours' pages, the pages listing its articles), and
    /// an article retitled and given another township (its neighbours' links, the related lists
    /// that show it, the township's pages). Articles and printed pages are keyed by their sources
    /// (<see cref="RenderSources"/>), not by their views: a source the key missed shows here.
    /// </summary>
    [Fact]
    public void A_rebuild_after_changes_that_show_on_other_pages_equals_a_clean_build()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);

        var files = PageFiles(pages);
        var moved = Path.ChangeExtension(files[3], ".yml");
        File.WriteAllText(moved, File.ReadAllText(moved).Replace("date: 20", "date: 19", StringComparison.Ordinal));
        var retitled = ArchiveLoader.Load([files[8]], Repo.SampleConfig).Pages.Single().Articles
            .First(a => a.Article.Title is not null && a.Tags.Townships.All(t => t != "宁郭镇")).Article;
        File.WriteAllText(CorrectionsFile(files[8]),
            $"- article: {retitled.Title!.Text}\n  title: 改过的标题\n  add_townships: [宁郭镇]\n");

        var second = Build(pages, output);
        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(2, second.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.InRange(second.PagesRendered, 1, second.FilesWritten - 1);
        Assert.Equal(Clean(pages), Hashes(output));

        static string CorrectionsFile(string page) => Pages.Corrections.CorrectionsReader.FileFor(page);
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_renders_nothing_and_changes_nothing()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var before = Hashes(output);

        var again = Build(pages, output);

        Assert.True(again.Succeeded, again.Failure);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(0, again.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(before, Hashes(output));
    }

    /// <summary>A page is trusted unchanged by its files' lengths and times: one rewritten to text of the same length still has another time.</summary>
    [Fact]
    public void A_page_rewritten_to_text_of_the_same_length_is_split_again()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var page = PageFiles(pages)[4];
        var (before, length) = (File.ReadAllText(page), new FileInfo(page).Length);
        File.WriteAllText(page, before.Replace("示范区", "示范县", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(-30));
        Assert.Equal(length, new FileInfo(page).Length);

        var second = Build(pages, output);

        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(1, second.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    /// <summary>
    /// What the quick check cannot see: a page given other text of the same length, its old time put
    /// back. Its split is taken from the cache; when its printed page is rendered again (here, by a
    /// new theme) the text read is found not to be the one split, and the build stops naming the
    /// page, leaving the published site as it was, rather than show text its articles were not
    /// split from; the build after it reads every page.
    /// </summary>
    [Fact]
    public void A_page_changed_behind_its_time_is_named_when_its_text_is_needed()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var published = Hashes(output);
        var page = PageFiles(pages)[4];
        var time = File.GetLastWriteTimeUtc(page);
        File.WriteAllText(page, File.ReadAllText(page).Replace("示范区", "示范县", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(page, time);
        var theme = Path.Combine(Folder, "mytheme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        var layout = File.ReadAllText(Path.Combine(SampleSite.DefaultTheme, "templates", "page.html"));
        File.WriteAllText(Path.Combine(theme, "templates", "page.html"), layout + "<!-- 主题已改 -->");

        var second = Build(pages, output, true, theme);

        Assert.False(second.Succeeded);
        Assert.Contains(page, second.Failure);
        Assert.Equal(published, Hashes(output));
        var third = Build(pages, output, true, theme);
        Assert.True(third.Succeeded, third.Failure);
        Assert.Equal(1, third.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(Clean(pages, theme), Hashes(output));
    }

    [Fact]
    public void A_changed_theme_renders_every_page_again()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var theme = Path.Combine(Folder, "mytheme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        var article = File.ReadAllText(Path.Combine(SampleSite.DefaultTheme, "templates", "article.html"));
        File.WriteAllText(Path.Combine(theme, "templates", "article.html"), article.Replace("</article>", "<p>主题已改</p></article>", StringComparison.Ordinal));

        var rebuilt = Build(pages, output, true, theme);

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        Assert.Equal(rebuilt.FilesWritten, rebuilt.PagesRendered);
        Assert.Equal(Clean(pages, theme), Hashes(output));
    }

    [Fact]
    public void A_corrupt_cache_is_reported_and_rebuilt_from_scratch()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var cache = BuildCache.FolderOf(output);
        File.WriteAllText(Path.Combine(cache, "cache.json"), "{ not json");
        foreach (var entry in Directory.EnumerateFiles(Path.Combine(cache, "pages")))
            File.WriteAllText(entry, "garbage");

        var rebuilt = Build(pages, output);

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        var warning = Assert.Single(rebuilt.Problems, p => p.File == cache);
        Assert.Contains("could not be read", warning.Message);
        Assert.Equal(rebuilt.FilesWritten, rebuilt.PagesRendered);
        Assert.Equal(Clean(pages), Hashes(output));
        Assert.Empty(Build(pages, output).Problems);
    }

    [Fact]
    public void A_damaged_cache_entry_is_reported_and_its_page_split_again()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        // One pack holds the entries; a byte inside the first entry (past the pack's opening) is changed.
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(BuildCache.FolderOf(output), "pages")));
        var bytes = File.ReadAllBytes(entry);
        bytes[100] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        var rebuilt = Build(pages, output);

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        var warning = Assert.Single(rebuilt.Problems, p => p.File == BuildCache.FolderOf(output));
        Assert.Contains("could not be read", warning.Message);
        Assert.Contains(entry, warning.Message);
        Assert.Equal(1, rebuilt.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(0, rebuilt.PagesRendered);
        Assert.Equal(Clean(pages), Hashes(output));
        Assert.Empty(Build(pages, output).Problems);
    }

    [Fact]
    public void A_cache_from_another_version_of_pages_is_not_used()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        File.WriteAllText(Path.Combine(BuildCache.FolderOf(output), "cache.json"), """{"Format":1,"Pages":"0000"}""");

        var rebuilt = Build(pages, output);

        Assert.Contains(rebuilt.Problems, p => p.Message.Contains("another version of Pages", StringComparison.Ordinal));
        Assert.Equal(20, rebuilt.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Equal(rebuilt.FilesWritten, rebuilt.PagesRendered);
    }

    [Fact]
    public void An_output_the_cache_does_not_describe_is_rendered_again()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        // As after a build killed between publishing the site and saving its manifest.
        File.WriteAllText(Path.Combine(output, RenderManifest.StampFile), "another build");
        File.WriteAllText(Path.Combine(output, "index.html"), "stale");

        var rebuilt = Build(pages, output);

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        Assert.Equal(rebuilt.FilesWritten, rebuilt.PagesRendered);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    [Fact]
    public void A_changed_configuration_splits_and_tags_every_page_again()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var config = Repo.SampleConfig with { Site = Repo.SampleConfig.Site with { Title = "另一个标题" } };

        var rebuilt = SiteBuilder.Build(new BuildOptions([pages], output, config, [SampleSite.DefaultTheme]));

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        Assert.Equal(20, rebuilt.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.Contains("另一个标题", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_lives_beside_the_output_and_nothing_else_is_written()
    {
        var (pages, _) = Archive();
        var before = Hashes(Path.Combine(Folder, "input"));
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        Assert.True(Build(pages, output).Succeeded);
        Assert.Equal(before, Hashes(Path.Combine(Folder, "input")));
        AssertNothingWrittenOutside(Path.Combine(Folder, "input"), Path.Combine(Folder, "extra"), output + Path.DirectorySeparatorChar, BuildCache.FolderOf(output) + Path.DirectorySeparatorChar);
        Assert.EndsWith(".pack", Assert.Single(Directory.GetFiles(Path.Combine(BuildCache.FolderOf(output), "pages"))));
    }

    [Fact]
    public void Each_build_packs_the_pages_it_split_and_packs_are_merged_before_they_pile_up()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        var packs = Path.Combine(BuildCache.FolderOf(output), "pages");
        Assert.True(Build(pages, output).Succeeded);
        var files = Directory.GetFiles(pages, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var counts = new List<int>();
        for (var edit = 1; edit <= 6; edit++)
        {
            File.AppendAllText(files[edit], $"\n第{edit}次补记的一段文字。\n");
            Age(Path.Combine(Folder, "input"));
            var rebuilt = Build(pages, output);
            Assert.True(rebuilt.Succeeded, rebuilt.Failure);
            Assert.DoesNotContain(rebuilt.Problems, p => p.File == BuildCache.FolderOf(output));
            Assert.Equal(1, rebuilt.Stages.Single(s => s.Name == "split").DocumentsIn);
            counts.Add(Directory.GetFiles(packs).Length);
        }
        // A pack per build (each with the one page it split) until there are more than four, then one.
        Assert.Equal([2, 3, 4, 1, 2, 3], counts);
        // A page changed again leaves its last pack with nothing used: that pack goes.
        File.AppendAllText(files[6], "\n又补记的一段文字。\n");
        Age(Path.Combine(Folder, "input"));
        Assert.True(Build(pages, output).Succeeded);
        Assert.Equal(3, Directory.GetFiles(packs).Length);
        Assert.Equal(Clean(pages), Hashes(output));
    }

    [Fact]
    public void A_build_that_fails_after_splitting_keeps_its_pages_for_the_next()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        var theme = Path.Combine(Folder, "broken");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        File.WriteAllText(Path.Combine(theme, "templates", "page.html"), "{{ if }}");

        var failed = Build(pages, output, true, theme);
        Assert.False(failed.Succeeded);
        Assert.Equal(20, failed.Stages.Single(s => s.Name == "split").DocumentsIn);

        var next = Build(pages, output);
        Assert.True(next.Succeeded, next.Failure);
        Assert.Equal(0, next.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.DoesNotContain(next.Problems, p => p.File == BuildCache.FolderOf(output));
    }

    [Fact]
    public void A_pack_left_open_by_a_stopped_build_is_reported_and_removed()
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var packs = Path.Combine(BuildCache.FolderOf(output), "pages");
        var open = Path.Combine(packs, "20261123000000000-stopped.pack");
        File.WriteAllBytes(open, [.. "PGPACK1\n"u8, .. new byte[4000]]);

        var rebuilt = Build(pages, output);

        Assert.True(rebuilt.Succeeded, rebuilt.Failure);
        var warning = Assert.Single(rebuilt.Problems, p => p.File == BuildCache.FolderOf(output));
        Assert.Contains(open, warning.Message);
        Assert.Equal(0, rebuilt.Stages.Single(s => s.Name == "split").DocumentsIn);
        Assert.False(File.Exists(open));
        Assert.Empty(Build(pages, output).Problems);
    }

    /// <summary>The archive built into output/, then one of its pages' text changed and another page deleted.</summary>
    (string Pages, string Output) BuiltThenChanged(int changed, int deleted)
    {
        var (pages, _) = Archive();
        var output = Path.Combine(Folder, "output");
        Assert.True(Build(pages, output).Succeeded);
        var page = PageFiles(pages)[changed];
        File.WriteAllText(page, File.ReadAllText(page).Replace("示范区", "示范区域", StringComparison.Ordinal));
        File.Delete(PageFiles(pages)[deleted]);
        return (pages, output);
    }

    [Fact]
    public void Files_an_update_replaces_wait_in_a_trash_beside_the_output_that_later_builds_empty()
    {
        var (pages, output) = BuiltThenChanged(changed: 4, deleted: 7);
        var before = Hashes(output);

        var update = Build(pages, output);

        Assert.True(update.Succeeded, update.Failure);
        var after = Hashes(output);
        Assert.Equal(Clean(pages), after);
        var trash = Assert.Single(Directory.GetDirectories(Folder, ".output.trash-*"));
        // The old versions of every file replaced or removed, and nothing of the new site.
        var old = Directory.GetFiles(trash).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).Order(StringComparer.Ordinal).ToList();
        var gone = before.Where(f => after.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(gone, old);
        Assert.Empty(Directory.GetFiles(Path.Combine(trash, "staging"), "*", SearchOption.AllDirectories));

        // Emptied in the background while the next build works, and left to the one after for
        // what it did not get to (no build waits for an earlier one's trash).
        for (var build = 0; build < 5 && Directory.Exists(trash); build++)
        {
            var next = Build(pages, output);
            Assert.True(next.Succeeded, next.Failure);
            Assert.Equal(after, Hashes(output));
        }
        Assert.False(Directory.Exists(trash));
    }

    [Fact]
    public void An_update_interrupted_while_publishing_is_completed_by_the_next_build()
    {
        var (pages, output) = BuiltThenChanged(changed: 2, deleted: 9);
        var expected = Path.Combine(Folder, "expected");
        Assert.True(Build(pages, expected, cache: false).Succeeded);

        // What the update's journal says, as a killed build leaves it: written down, half carried out.
        var (before, after) = (Hashes(output), Hashes(expected));
        var staging = Path.Combine(Folder, ".output.building-" + Guid.NewGuid().ToString("N"));
        var moves = after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        foreach (var file in moves)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, file))!);
            File.Copy(Path.Combine(expected, file), Path.Combine(staging, file));
        }
        var deletions = before.Keys.Where(f => !after.ContainsKey(f)).Select(f => f.Replace('\\', '/')).ToList();
        Assert.NotEmpty(moves);
        Assert.NotEmpty(deletions);
        File.WriteAllText(PublishJournal.FileOf(output), System.Text.Json.JsonSerializer.Serialize(new PublishJournal(staging, moves, deletions)));
        foreach (var file in moves.Take(moves.Count / 2))
            File.Move(Path.Combine(staging, file), Path.Combine(output, file), overwrite: true);

        // The next build takes the output's lock and finishes the journal first.
        new StagingFolder(output).Dispose();

        Assert.Equal(after, Hashes(output));
        Assert.False(File.Exists(PublishJournal.FileOf(output)));
        Assert.False(Directory.Exists(staging));
        var next = Build(pages, output);
        Assert.True(next.Succeeded, next.Failure);
        Assert.Equal(after, Hashes(output));
    }
}
