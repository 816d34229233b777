using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>Definitions render nowhere in the flow: print floats the text at the call, the web lists it at the end.</summary>
internal sealed class FootnoteDefinitionRenderer : HtmlObjectRenderer<FootnoteDefinition>
{
    protected override void Write(HtmlRenderer renderer, FootnoteDefinition obj)
    {
    }
}
