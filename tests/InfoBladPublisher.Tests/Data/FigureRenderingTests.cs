using AngleSharp.Html.Parser;
using InfoBladPublisher.Data;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Tests.Data;

public sealed class FigureRenderingTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument WebPage(Support.ContentTree tree)
    {
        var (output, diagnostics) = tree.Check();
        Assert.True(output is not null, string.Join("\n", diagnostics));
        return new HtmlParser().ParseDocument(Assert.Single(output!.Documents).WebHtml);
    }

    [Theory]
    [InlineData("1234", "Geheel", "1.234")]
    [InlineData("1234567", "Geheel", "1.234.567")]
    [InlineData("12.5", "Percentage", "12,5%")]
    [InlineData("0.50", "Decimaal", "0,50")]
    [InlineData("-3", "Geheel", "−3")]
    public void Numbers_Should_print_the_Dutch_way(string source, string type, string expected) =>
        Assert.Equal(expected, DutchNumber.Format(decimal.Parse(source, System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<ColumnType>(type)));

    [Fact]
    public void A_cited_figure_Should_render_with_Dutch_formatting()
    {
        using var tree = DatasetTree.Create();
        using var page = WebPage(tree);

        var cited = page.QuerySelectorAll(".tekst p .cijfer").Select(e => e.TextContent).ToList();
        Assert.Equal(["1.234", "12,5%", "1.300"], cited);
    }

    [Fact]
    public void The_table_Should_have_header_cells_right_aligned_numbers_a_totals_row_and_a_source_line()
    {
        using var tree = DatasetTree.Create();
        using var page = WebPage(tree);

        var table = page.QuerySelector("figure.tabel table")!;
        Assert.Equal(["jaar", "aantal", "aandeel"], table.QuerySelectorAll("thead th[scope=col]").Select(e => e.TextContent));
        Assert.Equal(["2022", "2023"], table.QuerySelectorAll("tbody th[scope=row]").Select(e => e.TextContent));
        Assert.Equal(["1.234", "12,5%", "66", "0,5%"], table.QuerySelectorAll("tbody td.getal").Select(e => e.TextContent));
        Assert.Equal("1.300", table.QuerySelector("tfoot td.getal")!.TextContent);
        Assert.Contains("Tabel 1", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Bron: Proefbron, peildatum 31 januari 2024", page.QuerySelector("figure.tabel .figuur__bron")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_Should_have_one_labelled_mark_per_data_point_and_the_numbers_as_a_table()
    {
        using var tree = DatasetTree.Create();
        using var page = WebPage(tree);

        var figure = page.QuerySelector("figure.grafiek")!;
        var marks = figure.QuerySelectorAll("svg .grafiek__punt").ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal(["2022, aantal: 1.234 aanvragen", "2023, aantal: 66 aanvragen"], marks.Select(m => m.GetAttribute("aria-label")));
        Assert.All(marks, m => Assert.Equal(m.GetAttribute("aria-label"), m.QuerySelector("title")!.TextContent));
        Assert.NotNull(figure.QuerySelector("svg > title"));
        Assert.Contains("1.234", figure.QuerySelector("svg > desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1.234", "66"], figure.QuerySelectorAll("table.visueel-verborgen tbody td").Select(e => e.TextContent));
    }

    [Fact]
    public void Changing_one_csv_value_Should_change_the_table_the_chart_and_the_cited_number_together()
    {
        string[] Places(Support.ContentTree tree)
        {
            using var page = WebPage(tree);
            return
            [
                page.QuerySelector(".tekst p .cijfer")!.TextContent,
                page.QuerySelector("figure.tabel tbody td.getal")!.TextContent,
                page.QuerySelector("svg .grafiek__punt")!.GetAttribute("data-waarde")!,
            ];
        }

        using var tree = DatasetTree.Create();
        Assert.Equal(["1.234", "1.234", "1234"], Places(tree));

        tree.Write("content/datasets/proef/data.csv", "jaar,aantal,aandeel\n2022,1000,12.5\n2023,300,0.5\n");
        Assert.Equal(["1.000", "1.000", "1000"], Places(tree));
    }

    [Fact]
    public void A_fictitious_dataset_Should_be_labelled_wherever_it_appears()
    {
        using var tree = DatasetTree.Create(meta: DatasetTree.Meta.Replace("eenheid: aanvragen", "eenheid: aanvragen\nfictief: ja", StringComparison.Ordinal));
        using var page = WebPage(tree);

        Assert.All(page.QuerySelectorAll(".tekst p .cijfer"), e => Assert.Contains("fictief voorbeeld", e.TextContent, StringComparison.Ordinal));
        Assert.Contains("fictief voorbeeld", page.QuerySelector("figure.tabel caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("fictief voorbeeld", page.QuerySelector("figure.grafiek figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_data_Should_give_the_same_chart_bytes()
    {
        using var first = DatasetTree.Create();
        using var second = DatasetTree.Create();
        Assert.Equal(Assert.Single(first.Check().Output!.Documents).Print.Fingerprint(), Assert.Single(second.Check().Output!.Documents).Print.Fingerprint());
    }
}
