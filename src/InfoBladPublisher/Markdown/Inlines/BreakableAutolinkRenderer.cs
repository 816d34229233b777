using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Inlines;

/// <summary>
/// A bare URL in the text or a note may break after each slash (<c>&lt;wbr&gt;</c>) instead of anywhere, so a long
/// address wraps where a reader expects it.
/// </summary>
internal sealed class BreakableAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            // Plain-text contexts (an image's alt attribute) take the address only, as Markdig's own renderer does.
            renderer.WriteEscape(link.Url);
            return;
        }

        renderer.Write("<a href=\"");
        if (link.IsEmail)
        {
            renderer.Write("mailto:");
        }

        renderer.WriteEscapeUrl(link.Url).Write('"').WriteAttributes(link).Write('>');
        var url = link.Url;
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var prefix = scheme >= 0 ? url[..(scheme + 3)] : string.Empty;
        renderer.WriteEscape(prefix);
        var parts = url[prefix.Length..].Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                renderer.Write("/<wbr>");
            }

            renderer.WriteEscape(parts[i]);
        }

        renderer.Write("</a>");
    }
}
