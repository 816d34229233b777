using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace InfoBladPublisher.Tests.Rendering;

[Collection(PublishedSeedsGroup.Name)]
public sealed class PdfPageTests
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;
    private const double LetterBodyRight = 410; // pt; a letter's colofon column starts at 153 mm (434 pt)
    private const double PublicationBodyRight = 530; // pt; an informatieblad's column ends at 185 mm (524 pt)

    private readonly PublishedSeeds _seeds;

    public PdfPageTests(PublishedSeeds seeds) => _seeds = seeds;

    public static TheoryData<string, string> Documents => new()
    {
        { PublishedSeeds.NotaId, SeedDocument.Nota },
        { PublishedSeeds.BijlageId, SeedDocument.Bijlage },
    };

    [Fact]
    public void Publishing_the_seeds_Should_succeed_without_diagnostics()
    {
        Assert.True(_seeds.Result.Succeeded, string.Join("\n", _seeds.Result.Diagnostics));
        Assert.Empty(_seeds.Result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void Every_page_Should_be_A4_and_say_Pagina_N_van_M(string id)
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        Assert.True(pdf.NumberOfPages >= 2);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(A4Width, page.Width, 0.5);
            Assert.Equal(A4Height, page.Height, 0.5);
            Assert.Contains(PdfText.Squash(string.Create(CultureInfo.InvariantCulture, $"Pagina {page.Number} van {pdf.NumberOfPages}")), PdfText.All(page), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void The_pdf_Should_be_tagged_in_Dutch_with_a_title_and_an_outline(string id)
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), "no structure tree: the PDF is not tagged");
        Assert.True(catalog.TryGet(NameToken.Create("Lang"), pdf.Structure.TokenScanner, out StringToken? lang));
        Assert.Equal("nl", lang!.Data);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Title));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks) && bookmarks.GetNodes().Any(), "no outline from the headings");
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void Every_font_Should_be_the_bundled_Fira_Sans(string id)
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "(none)").Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("FiraSans", f, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_note_Should_be_on_the_page_of_its_call_numbered_1_to_n(string id, string seed)
    {
        var expected = SeedDocument.Load(seed).Notes;
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        var markersInOrder = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            var calls = PdfText.SmallNumbers(page, size => size is > 5.5 and < 6.45, LetterBodyRight);
            var markers = PdfText.SmallNumbers(page, size => size <= 5.5, LetterBodyRight);
            Assert.Equal(calls, markers);
            markersInOrder.AddRange(markers);

            var all = PdfText.All(page);
            var firstBody = PdfText.Body(page)[..20];
            foreach (var n in markers)
            {
                var note = PdfText.Squash(expected[n]);
                Assert.Contains(note, PdfText.Notes(page), StringComparison.Ordinal);

                // Reading order of the extracted text: the page's body first, then its notes.
                Assert.True(all.IndexOf(firstBody, StringComparison.Ordinal) < all.IndexOf(note[..Math.Min(20, note.Length)], StringComparison.Ordinal), $"note {n} is read before the body on page {page.Number}");
            }
        }

        Assert.Equal(Enumerable.Range(1, expected.Count), markersInOrder);
    }

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void Every_note_Should_be_at_the_foot_of_the_page_that_cites_it(string id)
    {
        // The web page lists every note; the PDF must place each one on its citing page, numbered 1..n.
        var notes = System.Text.RegularExpressions.Regex.Count(File.ReadAllText(_seeds.HtmlPath(id)), "<li id=\"voetnoot-");
        var bodyRight = id == PublishedSeeds.InformatiebladId ? PublicationBodyRight : LetterBodyRight;
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        var markersInOrder = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            // A call is raised in a line of body text; small digits in a line of their own (a kamerbrief's
            // return address, "Postbus 20301") are not calls.
            var bodyLetters = page.Letters.Where(l => l.PointSize >= 8.5).Select(l => l.StartBaseLine.Y).ToList();
            var calls = PdfText.SmallNumbers(page, size => size is > 5.5 and < 6.9, bodyRight, l => bodyLetters.Exists(y => Math.Abs(y - l.StartBaseLine.Y) < 5));
            var markers = PdfText.SmallNumbers(page, size => size <= 5.5, bodyRight);
            Assert.Equal(calls, markers);
            markersInOrder.AddRange(markers);
        }

        Assert.Equal(Enumerable.Range(1, notes), markersInOrder);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_whole_seed_body_Should_be_present_in_order(string id, string seed)
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(id));
        var body = string.Concat(pdf.GetPages().Select(PdfText.Body));
        var from = 0;
        foreach (var paragraph in SeedDocument.Load(seed).Paragraphs)
        {
            var at = body.IndexOf(PdfText.Squash(paragraph), from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"not found (in order) in the PDF body text: {paragraph}");
            from = at;
        }
    }

    [Fact]
    public void The_nota_Should_have_the_address_on_page_1_only_and_datum_and_kenmerk_on_every_page()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.NotaId));
        foreach (var page in pdf.GetPages())
        {
            var text = PdfText.All(page);
            Assert.Equal(page.Number == 1, text.Contains("Turfmarkt147", StringComparison.Ordinal));
            Assert.Equal(page.Number == 1, text.Contains("Postbus20301", StringComparison.Ordinal));
            Assert.Contains("Directoraat-GeneraalMigratie", text, StringComparison.Ordinal);
            Assert.Contains("Datum7juni2024", text, StringComparison.Ordinal);
            Assert.Contains("Onskenmerk5277899", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_bijlage_Should_keep_page_1_reference_empty_and_repeat_datum_and_referentie_on_later_pages()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.BijlageId));
        foreach (var page in pdf.GetPages())
        {
            var text = PdfText.All(page);
            if (page.Number == 1)
            {
                Assert.Contains("Bijlagenummer1", text, StringComparison.Ordinal);
                Assert.Contains("HorendbijSchriftelijkevragenvanhetlidPodt(D66)", text, StringComparison.Ordinal);
                Assert.Contains("OnzereferentieContactpersoon", text, StringComparison.Ordinal);
                Assert.DoesNotContain("5565059", text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("Datum19juni2024", text, StringComparison.Ordinal);
                Assert.Contains("Onzereferentie5565059", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Footnote_urls_Should_be_clickable_links()
    {
        using var pdf = PdfDocument.Open(_seeds.PdfPath(PublishedSeeds.NotaId));
        var uris = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();
        Assert.Contains("https://ind.nl/nl/documenten/02-2024/informatieblad-analyse-gestapelde-gezinshereniging-bij-asiel.pdf", uris);
    }
}
