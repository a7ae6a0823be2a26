using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Pages.Site.Theming;

/// <summary>
/// Scriban's `include` returns the included template's output as a string, which the escaping
/// context would escape a second time. This wraps the built-in `include` so that its output, already
/// escaped where it was rendered, is marked as HTML.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public static void Install(TemplateContext context)
    {
        if (context.BuiltinObject["include"] is IScriptCustomFunction original and not TrustedInclude)
            context.BuiltinObject.SetValue("include", new TrustedInclude(original), readOnly: false);
    }

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    static object? Wrap(object? result) => result is string html ? new HtmlString(html) : result;
}
