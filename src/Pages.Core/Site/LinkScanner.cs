using System.Net;
using System.Text;

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

    public static List<string> Links(string html) => Links(html.AsSpan());

    /// <summary>The links of a page still in its renderer's buffer, which need not become a string.</summary>
    public static List<string> Links(ReadOnlySpan<char> html)
    {
        var links = new List<string>();
        var i = 0;
        while ((i = IndexOf(html, '<', i)) >= 0)
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

    static char At(ReadOnlySpan<char> html, int i) => i < html.Length ? html[i] : '\0';

    static int IndexOf(ReadOnlySpan<char> html, char c, int from) => html[from..].IndexOf(c) is var at and >= 0 ? at + from : -1;

    static int IndexOf(ReadOnlySpan<char> html, string text, int from) => html[from..].IndexOf(text, StringComparison.Ordinal) is var at and >= 0 ? at + from : -1;

    /// <summary>After "&lt;!": a comment to "--&gt;", else a doctype or bogus comment to "&gt;".</summary>
    static int SkipMarkup(ReadOnlySpan<char> html, int i)
    {
        if (!html[i..].StartsWith("!--", StringComparison.Ordinal))
            return SkipTo(html, i, ">");
        var start = i + 3;
        // "<!-->" and "<!--->" are (empty) comments that end at once.
        if (At(html, start) == '>')
            return start + 1;
        if (At(html, start) == '-' && At(html, start + 1) == '>')
            return start + 2;
        return SkipTo(html, start, "-->");
    }

    static int SkipTo(ReadOnlySpan<char> html, int from, string end)
    {
        var at = IndexOf(html, end, from);
        return at < 0 ? html.Length : at + end.Length;
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// Reads a tag from its name on; adds its links when <paramref name="links"/> is given (an end
    /// tag's are not). Names are compared folding ASCII letters only, as the HTML tokenizer does,
    /// and nothing but a link's value is made into a string: every tag of every page passes here.
    /// </summary>
    static int StartTag(ReadOnlySpan<char> html, int i, List<string>? links)
    {
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
            i++;
        var name = html.Slice(nameStart, i - nameStart);
        // A tag's links count only once the tag is closed (a tag cut off by the end of the page is
        // dropped), and only an attribute's first occurrence counts.
        var (seenHref, seenSrc, seenAction) = (false, false, false);
        var firstLink = links?.Count ?? 0;
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
            var isLink = IsLinkAttribute(html.Slice(attrStart, i - attrStart), ref seenHref, ref seenSrc, ref seenAction);
            while (i < html.Length && IsSpace(html[i]))
                i++;
            if (At(html, i) != '=')
            {
                if (isLink)
                    links?.Add("");
                continue;
            }
            i++;
            while (i < html.Length && IsSpace(html[i]))
                i++;
            int valueStart, valueEnd;
            if (At(html, i) is '"' or '\'')
            {
                var quote = html[i];
                var end = IndexOf(html, quote, i + 1);
                (valueStart, valueEnd) = (i + 1, end < 0 ? html.Length : end);
                i = Math.Min(html.Length, valueEnd + 1);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    i++;
                valueEnd = i;
            }
            if (isLink && links is not null)
            {
                var value = new string(html[valueStart..valueEnd]);
                links.Add(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
            }
        }
        if (!closed && links is not null)
            links.RemoveRange(firstLink, links.Count - firstLink);
        if (links is not null && RawTextElement(name) is { } raw)
            i = SkipRawText(html, i, raw);
        return i;
    }

    /// <summary>Whether the attribute is the first href, src or action of its tag.</summary>
    static bool IsLinkAttribute(ReadOnlySpan<char> attribute, ref bool seenHref, ref bool seenSrc, ref bool seenAction)
    {
        static bool First(ref bool seen) => !seen && (seen = true);
        return attribute.Length switch
        {
            3 => Ascii.EqualsIgnoreCase(attribute, "src") && First(ref seenSrc),
            4 => Ascii.EqualsIgnoreCase(attribute, "href") && First(ref seenHref),
            6 => Ascii.EqualsIgnoreCase(attribute, "action") && First(ref seenAction),
            _ => false,
        };
    }

    static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var element in RawTextElements)
            if (Ascii.EqualsIgnoreCase(name, element))
                return element;
        return null;
    }

    /// <summary>Text that holds no tags runs to the element's own end tag.</summary>
    static int SkipRawText(ReadOnlySpan<char> html, int i, string name)
    {
        while ((i = IndexOf(html, "</", i)) >= 0)
        {
            var after = i + 2 + name.Length;
            if (after <= html.Length && Ascii.EqualsIgnoreCase(html.Slice(i + 2, name.Length), name)
                && (after >= html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
                return i;
            i += 2;
        }
        return html.Length;
    }
}
