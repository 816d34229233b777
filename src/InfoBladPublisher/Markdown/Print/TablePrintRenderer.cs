using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace InfoBladPublisher.Markdown.Print;

/// <summary>A pipe table: its columns' alignment and widths (sized from their text), the header rows and the body rows, each cell as inlines.</summary>
internal sealed class TablePrintRenderer : PrintObjectRenderer<Table>
{
    protected override void Write(PrintRenderer renderer, Table table)
    {
        var json = renderer.Json;
        json.WriteStartObject();
        json.WriteString("k", PrintKinds.Table);
        json.WriteString("src", PrintRenderer.Src(table));
        json.WriteBoolean("los", renderer.Breaks.Loose(table));
        json.WriteStartArray("breaks");
        foreach (var row in renderer.Breaks.RowBreaks(table))
        {
            json.WriteNumberValue(row);
        }

        json.WriteEndArray();
        json.WriteStartArray("align");
        foreach (var column in table.ColumnDefinitions.Take(table.OfType<TableRow>().FirstOrDefault()?.Count ?? 0))
        {
            json.WriteStringValue(column.Alignment switch { TableColumnAlign.Right => "right", TableColumnAlign.Center => "center", _ => "left" });
        }

        json.WriteEndArray();
        var rows = table.OfType<TableRow>().ToList();
        ColumnWidths.Write(json, ColumnWidths.Of(rows.Where(r => r.IsHeader).Select(Texts), rows.Where(r => !r.IsHeader).Select(Texts), rows.FirstOrDefault()?.Count ?? 0));
        foreach (var (name, header) in new[] { ("head", true), ("rows", false) })
        {
            json.WriteStartArray(name);
            foreach (var row in rows.Where(r => r.IsHeader == header))
            {
                json.WriteStartArray();
                foreach (var cell in row.OfType<TableCell>())
                {
                    json.WriteStartArray();
                    renderer.InCell = true;
                    foreach (var paragraph in cell.OfType<ParagraphBlock>())
                    {
                        renderer.WriteInlines(paragraph.Inline);
                    }

                    renderer.InCell = false;
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A row's cells as text, as the columns are sized from them (check measures the same).</summary>
    public static IReadOnlyList<string> Texts(TableRow row) =>
        row.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => CellText(p.Inline)))).ToList();

    /// <summary>A cell's text as printed, code spans included, for sizing its column.</summary>
    private static string CellText(ContainerInline? container) =>
        container is null ? string.Empty : string.Concat(container.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            _ => string.Empty,
        }));
}
