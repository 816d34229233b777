using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Redaction;

internal sealed class RedactionTokenRenderer : HtmlObjectRenderer<RedactionToken>
{
    protected override void Write(HtmlRenderer renderer, RedactionToken token) => renderer.Write(RedactionHtml.Of(token.Kind, token.Ground));
}
