using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Figures;

public sealed class DataBlockRenderer : HtmlObjectRenderer<DataBlock>
{
    protected override void Write(HtmlRenderer renderer, DataBlock block)
    {
        if (block.Dataset is null)
        {
            return; // unresolved: validation reported it, and nothing renders while errors stand
        }

        var medium = renderer is DocumentHtmlRenderer document ? document.Medium : Medium.Web;
        renderer.Write(block.Kind == DataBlockKind.Tabel ? FigureHtml.Table(block) : FigureHtml.Chart(block, medium));
    }
}
