using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Pages.Site.Theming;

/// <summary>
/// A Scriban context that HTML-escapes everything a template outputs, unless it is an
/// <see cref="HtmlString"/> made by Pages. Escaping is the default rather than something each
/// template must remember, because every text on the site comes from the input pages.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
        PushCulture(CultureInfo.InvariantCulture);
        StrictVariables = false;
        // Pages' own views are plain data; nothing else is imported.
        EnableRelaxedMemberAccess = true;
        // Long lists are paged by the site (100 to a page), but a template may loop over more.
        LoopLimit = 100_000;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        HtmlString html => base.Write(span, html.Value),
        null => this,
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
