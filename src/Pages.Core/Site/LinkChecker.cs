using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Pages.Site;

/// <summary>A link or asset on a generated page that leads to no file of the site.</summary>
public sealed record BrokenLink(string Page, string Link);

/// <summary>
/// Reads every generated HTML page with AngleSharp and checks that every internal link, stylesheet,
/// script, image and form target names a file that exists in the site. Links that leave the site
/// (http:, mailto:…) and links within a page (#main) are not followed. Pages are checked in parallel.
/// </summary>
public static class LinkChecker
{
    static readonly string[] Attributes = ["href", "src", "action"];

    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<string> htmlPages)
    {
        var broken = new ConcurrentBag<BrokenLink>();
        Parallel.ForEach(htmlPages, page =>
        {
            var file = Path.Combine(root, page);
            var folder = Path.GetDirectoryName(file)!;
            // AngleSharp's HTML5 tokenizer reads every start tag and its attributes as a browser
            // would, without building the document tree the check does not need.
            var tokenizer = new HtmlTokenizer(new TextSource(File.ReadAllText(file)), HtmlEntityProvider.Resolver);
            for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            {
                if (token is not HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
                    continue;
                foreach (var attribute in tag.Attributes)
                {
                    if (Attributes.Contains(attribute.Name) && !Resolves(root, folder, attribute.Value))
                        broken.Add(new BrokenLink(page, attribute.Value));
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
