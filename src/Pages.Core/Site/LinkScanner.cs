using System.Net;

namespace Pages.Site;

/// <summary>
/// The values of href, src and action on the start tags of an HTML page, read the way the HTML5
/// tokenizer reads them: comments, doctypes and end tags are skipped, the text of script, style,
/// title, textarea and the like is not looked into for tags, attribute values may be quoted with
/// either quote or not at all, and character references in them are decoded.
/// <para>
/// The build checked links with AngleSharp's tokenizer first; it read 13 MB of HTML a second on
/// this machine, a third of a 5,000-page build's time budget on its own, because it makes a token
/// of every character of text. This reads only tags. Tests hold it to AngleSharp's tokenizer on
/// built sites and on hostile HTML.
/// </para>
/// </summary>
public static class LinkScanner
{
    static readonly string[] RawTextElements = ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

    public static List<string> Links(string html)
    {
        var links = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            i++;
            if (i >= html.Length)
                break;
            var c = html[i];
            if (c == '!')
                i = SkipMarkup(html, i);
            else if (c == '?')
                i = SkipTo(html, i, ">");
            else if (c == '/')
                i = char.IsAsciiLetter(At(html, i + 1)) ? StartTag(html, i + 1, null) : SkipTo(html, i, ">");
            else if (char.IsAsciiLetter(c))
                i = StartTag(html, i, links);
        }
        return links;
    }

    static char At(string html, int i) => i < html.Length ? html[i] : '\0';

    /// <summary>After "&lt;!": a comment to "--&gt;", else a doctype or bogus comment to "&gt;".</summary>
    static int SkipMarkup(string html, int i)
    {
        if (string.CompareOrdinal(html, i, "!--", 0, 3) != 0)
            return SkipTo(html, i, ">");
        var start = i + 3;
        // "<!-->" and "<!--->" are (empty) comments that end at once.
        if (At(html, start) == '>')
            return start + 1;
        if (At(html, start) == '-' && At(html, start + 1) == '>')
            return start + 2;
        return SkipTo(html, start, "-->");
    }

    static int SkipTo(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>Reads a tag from its name on; adds its links when <paramref name="links"/> is given (an end tag's are not).</summary>
    static int StartTag(string html, int i, List<string>? links)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
            i++;
        var name = html[nameStart..i].ToLowerInvariant();
        // A tag's links count only once the tag is closed (a tag cut off by the end of the page is
        // dropped), and only an attribute's first occurrence counts.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tagLinks = new List<string>();
        var closed = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (IsSpace(c) || c == '/')
            {
                i++;
                continue;
            }
            if (c == '>')
            {
                i++;
                closed = true;
                break;
            }
            var attrStart = i;
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>' and not '=')
                i++;
            var attribute = html[attrStart..i].ToLowerInvariant();
            while (i < html.Length && IsSpace(html[i]))
                i++;
            if (At(html, i) != '=')
            {
                Found(attribute, "");
                continue;
            }
            i++;
            while (i < html.Length && IsSpace(html[i]))
                i++;
            string value;
            if (At(html, i) is '"' or '\'')
            {
                var quote = html[i];
                var end = html.IndexOf(quote, i + 1);
                end = end < 0 ? html.Length : end;
                value = html[(i + 1)..end];
                i = Math.Min(html.Length, end + 1);
            }
            else
            {
                var start = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    i++;
                value = html[start..i];
            }
            Found(attribute, value);
        }
        if (closed && links is not null)
            links.AddRange(tagLinks);
        if (links is not null && RawTextElements.Contains(name))
            i = SkipRawText(html, i, name);
        return i;

        void Found(string attribute, string value)
        {
            if (seen.Add(attribute) && attribute is "href" or "src" or "action")
                tagLinks.Add(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
        }
    }

    /// <summary>Text that holds no tags runs to the element's own end tag.</summary>
    static int SkipRawText(string html, int i, string name)
    {
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            var after = i + 2 + name.Length;
            if (string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after >= html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
                return i;
            i += 2;
        }
        return html.Length;
    }
}
