using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Figures;

internal sealed class FigureCitationRenderer : HtmlObjectRenderer<FigureCitation>
{
    protected override void Write(HtmlRenderer renderer, FigureCitation citation)
    {
        renderer.Write("<span class=\"cijfer\" data-dataset=\"").WriteEscape(citation.Dataset?.Id ?? string.Empty).Write("\">")
            .WriteEscape(citation.Formatted ?? citation.Reference);
        if (citation.Dataset?.Fictief == true)
        {
            renderer.Write(" <span class=\"fictief\">(fictief voorbeeld)</span>");
        }

        renderer.Write("</span>");
    }
}
