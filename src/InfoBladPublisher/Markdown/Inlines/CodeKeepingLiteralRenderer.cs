using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Inlines;

/// <summary>
/// Codes such as <c>AUD-2025-07</c> or <c>IBP-12</c> are never broken at their hyphens: a reader would take
/// "AUD-2025-" at a line end for a different code. They are set in a span that does not wrap.
/// </summary>
internal sealed partial class CodeKeepingLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!renderer.EnableHtmlForInline)
        {
            // Plain-text contexts (an image's alt attribute) take no markup: a span there would break the attribute.
            renderer.WriteEscape(text);
            return;
        }

        var last = 0;
        foreach (Match code in Code().Matches(text))
        {
            renderer.WriteEscape(text[last..code.Index]);
            renderer.Write("<span class=\"code\">").WriteEscape(code.Value).Write("</span>");
            last = code.Index + code.Length;
        }

        renderer.WriteEscape(text[last..]);
    }

    // Letters and digits joined by hyphens, with at least one digit: AUD-2025-07, BZK-2024-118, A4-2.
    [GeneratedRegex(@"\b(?=[\p{L}\d-]*\d)[\p{L}\d]+(?:-[\p{L}\d]+)+\b")]
    private static partial Regex Code();
}
