using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Pages.Site;

/// <summary>A link or asset on a generated page that leads to no file of the site.</summary>
public sealed record BrokenLink(string Page, string Link);

/// <summary>
/// Parses every generated HTML page (AngleSharp) and checks that every internal link, stylesheet,
/// script, image and form target names a file that exists in the site. Links that leave the site
/// (http:, mailto:…) and links within a page (#main) are not followed. Pages are checked in parallel.
/// </summary>
public static class LinkChecker
{
    static readonly string[] Attributes = ["href", "src", "action"];

    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<string> htmlPages)
    {
        var broken = new ConcurrentBag<BrokenLink>();
        var parser = new HtmlParser();
        Parallel.ForEach(htmlPages, page =>
        {
            var file = Path.Combine(root, page);
            using var stream = File.OpenRead(file);
            using var document = parser.ParseDocument(stream);
            var folder = Path.GetDirectoryName(file)!;
            foreach (var element in document.QuerySelectorAll("[href],[src],[action]"))
            {
                foreach (var attribute in Attributes)
                {
                    var link = element.GetAttribute(attribute);
                    if (link is not null && !Resolves(root, folder, link))
                        broken.Add(new BrokenLink(page, link));
                }
            }
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
