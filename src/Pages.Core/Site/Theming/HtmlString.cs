namespace Pages.Site.Theming;

/// <summary>Text that is already HTML, built by Pages itself (a rendered page body): templates output it unescaped.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
