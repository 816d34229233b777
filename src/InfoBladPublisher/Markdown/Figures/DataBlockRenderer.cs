using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Figures;

internal sealed class DataBlockRenderer : HtmlObjectRenderer<DataBlock>
{
    protected override void Write(HtmlRenderer renderer, DataBlock block)
    {
        if (block.Dataset is null)
        {
            return; // unresolved: validation reported it, and nothing renders while errors stand
        }

        renderer.Write(block.Kind == DataBlockKind.Tabel ? FigureHtml.Table(block) : FigureHtml.Chart(block));
    }
}
