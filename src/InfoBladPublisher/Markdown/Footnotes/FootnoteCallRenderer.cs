using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace InfoBladPublisher.Markdown.Footnotes;

internal sealed class FootnoteCallRenderer : HtmlObjectRenderer<FootnoteCall>
{
    protected override void Write(HtmlRenderer renderer, FootnoteCall call)
    {
        if (renderer is not DocumentHtmlRenderer document || !document.Footnotes.TryGet(call.Label, out var note))
        {
            // Only reachable for notes inside notes, which validation does not number: keep the text visible.
            renderer.WriteEscape("[^" + call.Label + "]");
            return;
        }

        var n = note.Number.ToString(CultureInfo.InvariantCulture);
        var occurrence = document.CountCitation(note.Number);
        var id = occurrence == 1 ? $"voetnootverwijzing-{n}" : $"voetnootverwijzing-{n}-{occurrence}";
        renderer.Write("<sup class=\"voetnootverwijzing\"><a id=\"").Write(id).Write("\" href=\"#voetnoot-").Write(n)
            .Write("\" role=\"doc-noteref\" aria-label=\"Voetnoot ").Write(n).Write("\">").Write(n).Write("</a></sup>");
    }
}
