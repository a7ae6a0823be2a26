using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

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
        // Long lists are paged by the site (100 articles or 500 findings to a page), but a theme's
        // template may loop over more (Scriban's default of 100,000 steps once failed the quality
        // report, then one page): the limit only stops a template that would loop for ever.
        LoopLimit = 10_000_000;
        // No limit on a page's length: Scriban cuts a text it writes, and a render's output, at a
        // megabyte by default, with "..." (the quality report of 5,000 pages was cut so), and a
        // context reused without Template.Render (TemplateRenderer) would count every page it
        // ever rendered against that limit.
        LimitToString = 0;
        OutputLimit = 0;
    }

    /// <summary>
    /// The output a render of this context writes to, emptied. Scriban's own output for each render
    /// starts at 16 characters and grows by new pieces (rendering 38,690 pages allocated 5.7 GB, 3.0 GB
    /// of it those pieces); this one keeps its capacity from page to page.
    /// </summary>
    public StringBuilderOutput Reusable()
    {
        output.Builder.Clear();
        return output;
    }

    readonly StringBuilderOutput output = new(new System.Text.StringBuilder(8 * 1024));

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        HtmlString html => base.Write(span, html.Value),
        null => this,
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
