using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>The typography of a dataset table in the PDF, read from what the page draws (issue 31).</summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class TableRulesTests(PublishedSeeds seeds)
{
    [Fact]
    public void The_informatieblad_s_table_with_a_total_Should_have_unbroken_rules_a_stronger_one_under_the_header_and_above_the_total()
    {
        using var pdf = PdfDocument.Open(seeds.PdfPath(PublishedSeeds.InformatiebladId));
        // Tabel 1: header Vorm | Ingewilligd, two rows, and Totaal 780.
        var page = pdf.GetPages().First(p => PdfText.Body(p).Contains("Tabel1Ingewilligde", StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        var vorm = words.First(w => w.Text == "Vorm").BoundingBox;
        var totaalRij = words.First(w => w.Text == "Totaal").BoundingBox;
        var right = words.First(w => w.Text == "780").BoundingBox.Right;

        var rules = PdfRules.Between(page, vorm.Bottom, totaalRij.Bottom);

        // Under the header, under the first row, above the total (the last body row's own rule gives way to it).
        Assert.Equal(3, rules.Count);
        Assert.All(rules, r => PdfRules.AssertSpans(r, vorm.Left, right));
        var (kop, rij, totaal) = (rules[0], rules[1], rules[2]);
        Assert.True(kop.Width > 1.5 * rij.Width, $"the rule under the header is {kop.Width} pt, a row's {rij.Width} pt: it should be clearly stronger");
        Assert.True(totaal.Width > 1.5 * rij.Width, $"the rule above the total is {totaal.Width} pt, a row's {rij.Width} pt: it should be clearly stronger");
    }
}
