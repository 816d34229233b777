using InfoBladPublisher.Markdown.Print;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Footnotes;

/// <summary>
/// A note's first call carries its text, which the layout sets at the foot of the call's page; a later call only
/// its number. A definition prints nothing where it stands.
/// </summary>
internal sealed class FootnoteCallPrintRenderer : PrintObjectRenderer<FootnoteCall>
{
    protected override void Write(PrintRenderer renderer, FootnoteCall call)
    {
        var json = renderer.Json;
        if (!renderer.Body.Footnotes.TryGet(call.Label, out var note))
        {
            json.WriteStringValue("[^" + call.Label + "]");
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("n", note.Number);
        if (!renderer.Cited.Add(note.Number))
        {
            json.WriteString("k", PrintKinds.NoteRef);
            json.WriteEndObject();
            return;
        }

        json.WriteString("k", PrintKinds.Note);
        json.WriteString("src", PrintRenderer.Src(call));
        json.WriteStartArray("c");
        var first = true;
        foreach (var paragraph in note.Text.Descendants<ParagraphBlock>())
        {
            if (!first)
            {
                renderer.Node(PrintKinds.LineBreak);
            }

            renderer.WriteInlineRun(paragraph.Inline);
            first = false;
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
