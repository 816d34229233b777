using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace InfoBladPublisher.Templates;

/// <summary>
/// <c>{{ partial "colofon" }}</c>: Scriban's include, with its output marked as trusted HTML so the
/// escaping context does not escape a partial's markup a second time.
/// </summary>
internal static class PartialFunction
{
    public static TrustedHtml Render(TemplateContext context, string name)
    {
        var caller = new ScriptVariableGlobal("partial") { Span = context.CurrentSpan };
        var result = new IncludeFunction().Invoke(context, caller, new ScriptArray { name }, null!);
        return new TrustedHtml(result as string ?? string.Empty);
    }
}
