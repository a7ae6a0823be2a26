using System.Collections.Concurrent;

namespace Pages.Site;

/// <summary>A link or asset on a generated page that leads to no file of the site.</summary>
public sealed record BrokenLink(string Page, string Link);

/// <summary>
/// Checks that every internal link, stylesheet, script, image and form target of the generated
/// pages names a file that exists in the site. Links that leave the site (http:, mailto:…) and
/// links within a page (#main) are not followed. The build hands each page over as it renders it
/// (<see cref="Add"/>, read with <see cref="LinkScanner"/>), so no page is read back from disk, and
/// asks once everything is written (<see cref="Broken"/>); each link is resolved once per folder,
/// since most are shared by many pages (the navigation, the stylesheet, an article listed under
/// each of its places). Thread-safe: each thread notes its pages' links in a table of its own,
/// merged when asked, since pages of one folder share most links and one shared table made every
/// thread wait on the same entries.
/// </summary>
/// <param name="root">The folder the pages' paths are relative to.</param>
/// <param name="exists">Whether the new site has a file, by its path relative to the root with '/'.</param>
public sealed class LinkChecker(string root, Func<string, bool> exists) : IDisposable
{
    readonly string root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Per thread, per (folder of the page, link): the first page (in path order) with it.</summary>
    readonly ThreadLocal<Dictionary<(string Folder, string Link), string>> noted = new(() => [], trackAllValues: true);

    /// <summary>Checks the written pages <paramref name="htmlPages"/> (paths relative to <paramref name="root"/>).</summary>
    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<string> htmlPages)
    {
        using var checker = new LinkChecker(root, path => File.Exists(Path.Combine(root, path)));
        Parallel.ForEach(htmlPages, page => checker.Add(page, File.ReadAllText(Path.Combine(root, page))));
        return checker.Broken();
    }

    /// <summary>Notes the links of <paramref name="html"/>, the page at <paramref name="page"/>.</summary>
    public void Add(string page, ReadOnlySpan<char> html)
    {
        var folder = Path.GetDirectoryName(page) ?? "";
        var links = noted.Value!;
        foreach (var link in LinkScanner.Links(html))
            Note(links, (folder, link), page);
    }

    static void Note(Dictionary<(string Folder, string Link), string> links, (string Folder, string Link) key, string page)
    {
        ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(links, key, out var seen);
        if (!seen || string.CompareOrdinal(page, first) < 0)
            first = page;
    }

    /// <summary>Every link noted that leads nowhere: one per link and folder, with its first page (in path order).</summary>
    public IReadOnlyList<BrokenLink> Broken()
    {
        var links = new Dictionary<(string Folder, string Link), string>();
        foreach (var table in noted.Values)
            foreach (var (key, page) in table)
                Note(links, key, page);
        var broken = new ConcurrentBag<BrokenLink>();
        Parallel.ForEach(links, entry =>
        {
            if (!Resolves(Path.Combine(root, entry.Key.Folder), entry.Key.Link))
                broken.Add(new BrokenLink(entry.Value, entry.Key.Link));
        });
        return [.. broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Link, StringComparer.Ordinal)];
    }

    public void Dispose() => noted.Dispose();

    bool Resolves(string folder, string link)
    {
        if (link.Length == 0 || link.StartsWith('#'))
            return true;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
            return true;
        var path = link.Split('#', '?')[0];
        if (path.Length == 0)
            return true;
        // A link must name its file: folders only resolve to index.html on a server, never on file://.
        var full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && exists(Path.GetRelativePath(root, full).Replace('\\', '/'));
    }
}
