using System.Globalization;
using InfoBladPublisher.Markdown.Print;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>A cited number as it prints (1.234; 12,5%), marked when its dataset is a made-up example.</summary>
internal sealed class FigureCitationPrintRenderer : PrintObjectRenderer<FigureCitation>
{
    protected override void Write(PrintRenderer renderer, FigureCitation figure) =>
        renderer.Json.WriteStringValue((figure.Formatted ?? figure.Reference) + (figure.Dataset?.Fictief == true ? " (fictief voorbeeld)" : string.Empty));
}

/// <summary>A dataset as a table (its cells formatted, its totals, its source) or as a chart (the drawn SVG, its legend and alternative text).</summary>
internal sealed class DataBlockPrintRenderer : PrintObjectRenderer<DataBlock>
{
    protected override void Write(PrintRenderer renderer, DataBlock block)
    {
        if (block.Dataset is null)
        {
            return;
        }

        if (block.Kind == DataBlockKind.Tabel)
        {
            WriteTable(renderer, block, block.Dataset);
        }
        else if (block.Svg is not null)
        {
            WriteChart(renderer, block, block.Dataset, block.Svg);
        }
    }

    private static void WriteTable(PrintRenderer renderer, DataBlock block, Data.Dataset dataset)
    {
        var json = renderer.Json;
        renderer.Open(PrintKinds.DataTable, block);
        json.WriteBoolean("los", renderer.Breaks.Loose(block));
        WriteCaption(renderer, block, dataset, "Tabel");
        json.WriteStartArray("columns");
        foreach (var column in dataset.Columns)
        {
            json.WriteStartObject();
            json.WriteString("titel", column.Titel);
            json.WriteBoolean("getal", column.IsNumeric);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var cells = Cells(dataset);
        ColumnWidths.Write(json, ColumnWidths.Of([dataset.Columns.Select(c => c.Titel).ToList()], cells, dataset.Columns.Count));
        json.WriteStartArray("rows");
        foreach (var row in cells)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                json.WriteStringValue(cell);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (dataset.Totals.Count > 0)
        {
            json.WriteStartArray("totals");
            foreach (var column in dataset.Columns)
            {
                json.WriteStringValue(column.Name == dataset.KeyColumn ? "Totaal"
                    : dataset.Totals.TryGetValue(column.Name, out var t) ? DutchNumber.Format(t, column.Type) : string.Empty);
            }

            json.WriteEndArray();
        }

        WriteSource(renderer, dataset);
        json.WriteEndObject();
    }

    /// <summary>The dataset's cells as they print (1.234; 12,5%), row by row: the columns are sized from them.</summary>
    public static List<IReadOnlyList<string>> Cells(Data.Dataset dataset) =>
        dataset.Rows.Select(row => (IReadOnlyList<string>)dataset.Columns.Select(column =>
            row.Cells[column.Name].Number is { } n ? DutchNumber.Format(n, column.Type) : row.Cells[column.Name].Text).ToList()).ToList();

    private static void WriteChart(PrintRenderer renderer, DataBlock block, Data.Dataset dataset, string svg)
    {
        var json = renderer.Json;
        renderer.Open(PrintKinds.Chart, block);
        WriteCaption(renderer, block, dataset, "Figuur");
        json.WriteString("file", renderer.Media.Add("figuren", ".svg", System.Text.Encoding.UTF8.GetBytes(svg)));
        json.WriteString("alt", ChartAlt(svg));
        json.WriteStartArray("legend");
        foreach (var (column, colour) in block.Series)
        {
            json.WriteStartObject();
            json.WriteString("kleur", colour);
            json.WriteString("titel", column.Titel);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSource(renderer, dataset);
        json.WriteEndObject();
    }

    /// <summary>The caption's words, as <see cref="BodyText"/> reads them too.</summary>
    public static string Caption(DataBlock block, string word) => $"{word} {block.Number.ToString(CultureInfo.InvariantCulture)}";

    private static void WriteCaption(PrintRenderer renderer, DataBlock block, Data.Dataset dataset, string word)
    {
        renderer.Json.WriteString("nummer", Caption(block, word));
        renderer.Json.WriteString("titel", dataset.Titel);
        renderer.Json.WriteBoolean("fictief", dataset.Fictief);
    }

    private static void WriteSource(PrintRenderer renderer, Data.Dataset dataset) =>
        renderer.Json.WriteString("bron", $"Bron: {dataset.Bron}, peildatum {DutchDate.Format(dataset.Peildatum)}");

    /// <summary>The chart's own title and description (SvgFinisher), which the web page's screen reader gets from the SVG.</summary>
    private static string ChartAlt(string svg)
    {
        var root = System.Xml.Linq.XElement.Parse(svg);
        var ns = root.Name.Namespace;
        return $"{root.Element(ns + "title")?.Value}. {root.Element(ns + "desc")?.Value}".Trim(' ', '.') + ".";
    }
}
