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

        var medium = renderer is DocumentHtmlRenderer document ? document.Medium : Medium.Web;
        // In print the figure carries its directive's line, so the layout gate can point at it.
        var src = block.TryGetAttributes()?.Properties?.Find(p => p.Key == SourceMarks.Attribute).Value;
        renderer.Write(block.Kind == DataBlockKind.Tabel ? FigureHtml.Table(block, medium, src) : FigureHtml.Chart(block, medium, src));
    }
}
