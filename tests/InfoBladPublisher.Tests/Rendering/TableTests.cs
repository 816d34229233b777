using System.Text;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

public sealed class TableTests
{
    /// <summary>On main before issue 31 the layout flattened the header row's inlines into cells: a header cell of three pieces became three cells, and the row shifted.</summary>
    [Fact]
    public async Task A_header_cell_of_several_pieces_Should_stay_one_cell()
    {
        using var pdf = await PublishedAsync("| Aantal *nareis* \\* aanvragen | Jaartal |\n| --- | --- |\n| 12 | 2023 |\n");
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var aantal = Assert.Single(words, w => w.Text.StartsWith("Aantal", StringComparison.Ordinal));
        var jaartal = Assert.Single(words, w => w.Text.StartsWith("Jaartal", StringComparison.Ordinal));

        Assert.Equal(aantal.BoundingBox.Bottom, jaartal.BoundingBox.Bottom, 1.0);
        Assert.True(jaartal.BoundingBox.Left > aantal.BoundingBox.Right, "Jaartal should stand in the second column, right of the first");
    }

    [Fact]
    public async Task A_table_that_breaks_across_pages_Should_repeat_its_header_row()
    {
        var table = new StringBuilder("| Jaar | Aanvragen |\n| --- | ---: |\n");
        for (var i = 0; i < 90; i++)
        {
            table.Append("| Rij ").Append(i).Append(" | ").Append(i * 7).Append(" |\n");
        }

        using var pdf = await PublishedAsync(table.ToString());
        var pagesWithRows = pdf.GetPages().Where(p => PdfText.Body(p).Contains("Rij", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, "the table should span at least two pages");
        Assert.All(pagesWithRows, p => Assert.Contains("JaarAanvragen", PdfText.Body(p), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_table_with_a_long_last_column_Should_keep_every_column_clear_of_the_next()
    {
        // The layout gave the first column what the others left: a long last column squeezed it to nothing and
        // its words ran under the numbers beside it.
        var table = new StringBuilder("| Onderdeel | Aantal | Aandeel | Toelichting |\n| --- | ---: | ---: | --- |\n");
        for (var i = 0; i < 8; i++)
        {
            table.Append("| uitvoeringsorganisatie").Append(i).Append(" | 39,755 | 98,7% | ")
                .Append(string.Join(' ', Enumerable.Repeat("Een toelichting die veel langer is dan de kolom breed is.", 3))).Append(" |\n");
        }

        using var pdf = await PublishedAsync(table.ToString());
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var names = words.Where(w => w.Text.StartsWith("uitvoeringsorganisatie", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, names.Count);
        foreach (var name in names)
        {
            // The count on the same line starts to the right of the whole name.
            var count = Assert.Single(words, w => w.Text == "39,755" && Math.Abs(w.BoundingBox.Bottom - name.BoundingBox.Bottom) < 2 && w.BoundingBox.Left > name.BoundingBox.Left);
            Assert.True(count.BoundingBox.Left > name.BoundingBox.Right, $"'{name.Text}' ends at {name.BoundingBox.Right:0} but the count beside it starts at {count.BoundingBox.Left:0}");
        }
    }

    [Fact]
    public async Task A_table_Should_have_row_rules_across_its_column_gutters_and_a_stronger_rule_under_its_header()
    {
        using var pdf = await PublishedAsync("| Jaar | Aanvragen | Inwilligingen |\n| --- | ---: | ---: |\n| 2021 | 412 | 150 |\n| 2022 | 388 | 141 |\n| 2023 | 301 | 120 |\n");
        var page = pdf.GetPages().First(p => PdfText.Body(p).Contains("JaarAanvragen", StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        var jaar = words.First(w => w.Text == "Jaar").BoundingBox;
        var right = words.First(w => w.Text == "Inwilligingen").BoundingBox.Right;
        var last = words.First(w => w.Text == "2023").BoundingBox;

        // Under the header and under each of the three rows.
        var rules = PdfRules.Between(page, jaar.Bottom, last.Bottom - 10);
        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => PdfRules.AssertSpans(r, jaar.Left, right));
        Assert.True(rules[0].Width > 1.5 * rules[1].Width, $"the rule under the header is {rules[0].Width} pt, a row's {rules[1].Width} pt: it should be clearly stronger");
    }

    /// <summary>The seed-like nota with <paramref name="table"/> after its text, published; its PDF opened.</summary>
    private static async Task<PdfDocument> PublishedAsync(string table)
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\n" + table);
        using var work = new TempTree();

        var result = await new PublishPipeline().RunAsync(
            new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "t"), TextWriter.Null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return PdfDocument.Open(File.ReadAllBytes(Path.Combine(result.ReleasePath!, "nota.pdf")));
    }
}
