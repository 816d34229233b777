using InfoBladPublisher.Markdown;
using InfoBladPublisher.Markdown.Figures;
using InfoBladPublisher.Markdown.Footnotes;
using InfoBladPublisher.Markdown.Print;
using InfoBladPublisher.Markdown.Redaction;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>
/// Where the body's parts stand in tekst.md, for the layout gate's messages, read from the syntax tree in the
/// order the renderers print it: headings and tables by their order, notes by the number of their first call,
/// paragraphs and captions by their words.
/// </summary>
internal static class PrintSourcesOf
{
    /// <param name="breaks">The repairs' new pages: a table broken at a row is printed, and tagged, as one table a piece.</param>
    public static Layout.PrintSources Body(ParsedBody body, IPageBreaks breaks)
    {
        var sources = new Layout.PrintSources { Grounds = global::InfoBladPublisher.Redaction.WooGround.All.Select(g => g.Code).ToList() };
        foreach (var node in PrintOrder.Of(body.Syntax))
        {
            Add(node, body, sources, breaks);
        }

        return sources;
    }

    private static void Add(MarkdownObject node, ParsedBody body, Layout.PrintSources sources, IPageBreaks breaks)
    {
        switch (node)
        {
            case HeadingBlock heading:
                sources.AddHeading(PrintRenderer.Src(heading));
                break;
            case ParagraphBlock paragraph when paragraph.Parent is not TableCell && RedactionBlockPrintRenderer.BlockToken(paragraph) is null:
                sources.AddParagraph(string.Concat(paragraph.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []), PrintRenderer.Src(paragraph));
                break;
            case Table table:
                sources.AddTable(PrintRenderer.Src(table), breaks.RowBreaks(table).Count + 1);
                break;
            case DataBlock { Dataset: { } dataset } data when data.Kind == DataBlockKind.Tabel || data.Svg is not null:
                var word = data.Kind == DataBlockKind.Tabel ? "Tabel" : "Figuur";
                if (data.Kind == DataBlockKind.Tabel)
                {
                    sources.AddTable(PrintRenderer.Src(data));
                }

                sources.AddParagraph($"{DataBlockPrintRenderer.Caption(data, word)} {dataset.Titel}", PrintRenderer.Src(data));
                break;
            case FootnoteCall call when body.Footnotes.TryGet(call.Label, out var note):
                sources.AddNote(note.Number, PrintRenderer.Src(call));
                break;
        }
    }
}
