using System.Globalization;
using System.Net;
using System.Text;
using InfoBladPublisher.Data;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Markdown.Figures;

/// <summary>The HTML of a dataset table or chart, with caption, source line and the fictitious-figures label.</summary>
internal static class FigureHtml
{
    public static string Table(DataBlock block)
    {
        var dataset = block.Dataset!;
        var html = OpenFigure("tabel", block);
        // On a narrow screen the figure scrolls sideways: a keyboard must be able to reach and scroll it too.
        html.Insert(html.Length - 1, " tabindex=\"0\"");

        html.Append("<table><caption>").Append(Caption("Tabel", block)).Append("</caption><thead><tr>");
        foreach (var column in dataset.Columns)
        {
            html.Append("<th scope=\"col\"").Append(column.IsNumeric ? " class=\"getal\"" : string.Empty).Append('>').Append(E(column.Titel)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in dataset.Rows)
        {
            html.Append("<tr>");
            foreach (var column in dataset.Columns)
            {
                var cell = row.Cells[column.Name];
                var tag = column.Name == dataset.KeyColumn ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append(column.IsNumeric ? " class=\"getal\"" : string.Empty).Append('>')
                    .Append(E(cell.Number is { } n ? DutchNumber.Format(n, column.Type) : cell.Text))
                    .Append("</").Append(tag.Split(' ')[0]).Append('>');
            }

            html.Append("</tr>");
        }

        html.Append("</tbody>");
        if (dataset.Totals.Count > 0)
        {
            html.Append("<tfoot><tr>");
            foreach (var column in dataset.Columns)
            {
                if (column.Name == dataset.KeyColumn)
                {
                    html.Append("<th scope=\"row\">Totaal</th>");
                }
                else
                {
                    var total = dataset.Totals.TryGetValue(column.Name, out var t) ? DutchNumber.Format(t, column.Type) : string.Empty;
                    html.Append("<td").Append(column.IsNumeric ? " class=\"getal\"" : string.Empty).Append('>').Append(E(total)).Append("</td>");
                }
            }

            html.Append("</tr></tfoot>");
        }

        html.Append("</table>").Append(SourceLine(dataset)).Append("</figure>\n");
        return html.ToString();
    }

    public static string Chart(DataBlock block)
    {
        var dataset = block.Dataset!;
        var html = OpenFigure("grafiek", block);
        html.Append("<figcaption>").Append(Caption("Figuur", block)).Append("</figcaption>");
        html.Append(block.Svg);
        html.Append("<ul class=\"legenda\" aria-hidden=\"true\">");
        foreach (var (column, colour) in block.Series)
        {
            html.Append("<li><span class=\"legenda__kleur\" style=\"background:").Append(colour).Append("\"></span>").Append(E(column.Titel)).Append("</li>");
        }

        html.Append("</ul>");
        // The numbers behind the chart, as a table for screen readers (the PDF carries them in the SVG labels).
        html.Append("<table class=\"visueel-verborgen\"><caption>Cijfers bij figuur ").Append(N(block.Number)).Append("</caption><thead><tr><th scope=\"col\">")
            .Append(E(dataset.Column(dataset.KeyColumn)!.Titel)).Append("</th>");
        foreach (var (column, _) in block.Series)
        {
            html.Append("<th scope=\"col\">").Append(E(column.Titel)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in dataset.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row.Key)).Append("</th>");
            foreach (var (column, _) in block.Series)
            {
                html.Append("<td>").Append(E(DutchNumber.Format(row.Cells[column.Name].Number!.Value, column.Type))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");

        html.Append(SourceLine(dataset)).Append("</figure>\n");
        return html.ToString();
    }

    private static string Caption(string word, DataBlock block)
    {
        var fictief = block.Dataset!.Fictief ? " <span class=\"fictief\">(fictief voorbeeld)</span>" : string.Empty;
        return $"<span class=\"figuur__nummer\">{word} {N(block.Number)}</span> {E(block.Dataset.Titel)}{fictief}";
    }

    private static string SourceLine(Dataset dataset)
    {
        var line = $"Bron: {E(dataset.Bron)}, peildatum {DutchDate.Format(dataset.Peildatum)}";
        if (dataset.Fictief)
        {
            line += ". <strong class=\"fictief\">Fictief voorbeeld: deze cijfers zijn niet gepubliceerd en dienen alleen ter illustratie.</strong>";
        }

        return $"<p class=\"figuur__bron\">{line}</p>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder OpenFigure(string kind, DataBlock block) =>
        new StringBuilder("<figure").Append(" class=\"").Append(kind).Append(block.Dataset!.Fictief ? " figuur--fictief" : string.Empty)
            .Append("\" id=\"").Append(kind).Append('-').Append(N(block.Number)).Append("\">");
}
