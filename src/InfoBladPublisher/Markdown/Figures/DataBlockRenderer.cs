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
        var html = block.Kind == DataBlockKind.Tabel ? FigureHtml.Table(block) : FigureHtml.Chart(block, medium);
        if (block.TryGetAttributes()?.Properties?.Find(p => p.Key == SourceMarks.Attribute).Value is { } src)
        {
            // The layout gate points at the directive's line when the figure breaks a page rule.
            html = "<figure " + SourceMarks.Attribute + "=\"" + src + "\"" + html["<figure".Length..];
        }

        renderer.Write(html);
    }
}
