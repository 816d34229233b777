using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Headings;

/// <summary>Shifts Markdown headings one level down (the document title is the h1) and prefixes the section number.</summary>
internal sealed class NumberedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = Math.Min(heading.Level + 1, 6).ToString(CultureInfo.InvariantCulture);
        renderer.Write("<h").Write(level).WriteAttributes(heading).Write('>');
        if (renderer is DocumentHtmlRenderer document && document.Headings.For(heading) is { } number)
        {
            renderer.Write("<span class=\"kopnummer\">").WriteEscape(number).Write("</span> ");
        }

        renderer.WriteLeafInline(heading);
        renderer.Write("</h").Write(level).WriteLine(">");
    }
}
