using System.Collections.Concurrent;

namespace Pages.Site;

/// <summary>A link or asset on a generated page that leads to no file of the site.</summary>
public sealed record BrokenLink(string Page, string Link);

/// <summary>
/// Reads every generated HTML page (<see cref="LinkScanner"/>) and checks that every internal link, stylesheet,
/// script, image and form target names a file that exists in the site. Links that leave the site
/// (http:, mailto:…) and links within a page (#main) are not followed. Pages are checked in parallel.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<string> htmlPages)
    {
        var broken = new ConcurrentBag<BrokenLink>();
        // Most links are shared by many pages (the navigation, the stylesheet, an article listed
        // under each of its places): each is resolved once per folder.
        var resolves = new ConcurrentDictionary<(string Folder, string Link), bool>();
        Parallel.ForEach(htmlPages, page =>
        {
            var file = Path.Combine(root, page);
            var folder = Path.GetDirectoryName(file)!;
            foreach (var link in LinkScanner.Links(File.ReadAllText(file)))
                if (!resolves.GetOrAdd((folder, link), key => Resolves(root, key.Folder, key.Link)))
                    broken.Add(new BrokenLink(page, link));
        });
        return [.. broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Link, StringComparer.Ordinal)];
    }

    static bool Resolves(string root, string folder, string link)
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
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full);
    }
}
