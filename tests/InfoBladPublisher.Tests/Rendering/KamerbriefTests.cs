using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// The kamerbrief's anatomy in the Rijkshuisstijl: return address and addressee, Datum and Betreft, the full
/// colofon with Uw kenmerk and Bijlage(n) on page 1, the short colofon after it, and the signature with the
/// last paragraph. The generic page tests (A4, page numbers, notes, fonts, tags) run on it with the seeds.
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class KamerbriefTests
{
    private readonly PublishedSeeds _seeds;

    public KamerbriefTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public void Page_1_Should_carry_the_return_address_addressee_datum_betreft_and_full_colofon()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.KamerbriefId));
        var text = PdfText.All(pdf.GetPage(1));

        var retour = text.IndexOf(">RetouradresPostbus203012500EHDenHaag", StringComparison.Ordinal);
        var aan = text.IndexOf("AandeVoorzittervandeTweedeKamerderStaten-GeneraalPostbus200182500EADenHaag", StringComparison.Ordinal);
        var betreft = text.IndexOf("Datum21juni2024BetreftAntwoordenopschriftelijkevragen", StringComparison.Ordinal);
        Assert.True(retour >= 0 && aan > retour && betreft > aan, $"return address {retour}, addressee {aan}, Datum/Betreft {betreft} in: {text}");
        Assert.Contains("Onskenmerk5565059", text, StringComparison.Ordinal);
        Assert.Contains("Uwkenmerk2024Z03151en2024Z03178", text, StringComparison.Ordinal);
        Assert.Contains("Bijlage(n)1", text, StringComparison.Ordinal);
        Assert.Contains("Turfmarkt147", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_pages_Should_carry_the_short_colofon_and_the_last_the_signature_with_the_closing_paragraph()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.KamerbriefId));
        Assert.True(pdf.NumberOfPages >= 2);
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var text = PdfText.All(page);
            Assert.Contains("Datum21juni2024", text, StringComparison.Ordinal);
            Assert.Contains("Onskenmerk5565059", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Turfmarkt147", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Uwkenmerk", text, StringComparison.Ordinal);
        }

        var last = PdfText.Body(pdf.GetPage(pdf.NumberOfPages));
        Assert.Contains("Ikhoopuhiermeevoldoendetehebbengeïnformeerd", last, StringComparison.Ordinal);
        Assert.Contains("DeStaatssecretarisvanJustitieenVeiligheid,N.N.(voorbeeld)", last, StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_page_Should_have_the_betreft_as_its_only_h1_and_the_letter_marked_as_an_example()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(_seeds.HtmlPath(PublishedSeeds.KamerbriefId)));
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("Antwoorden op schriftelijke vragen over nareis op nareis (voorbeeld)", h1.TextContent.Trim());
        Assert.Contains("Dit is een voorbeeld", document.QuerySelector(".tekst")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2024Z03151 en 2024Z03178", document.QuerySelectorAll(".colofon--volledig dt").Single(dt => dt.TextContent == "Uw kenmerk").NextElementSibling!.TextContent);
    }
}
