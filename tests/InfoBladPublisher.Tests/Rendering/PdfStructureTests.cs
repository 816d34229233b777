using InfoBladPublisher.Layout;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// The seeds' PDFs as assistive software reads them, read independently of the gate's verdict: what the gate
/// checks is really there, so its silence means something (a tree with no lists would pass the list check).
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class PdfStructureTests
{
    private readonly PublishedSeeds _seeds;

    public PdfStructureTests(PublishedSeeds seeds) => _seeds = seeds;

    [Theory]
    [MemberData(nameof(PublishedSeeds.Ids), MemberType = typeof(PublishedSeeds))]
    public void Every_seed_Should_be_tagged_in_Dutch_with_its_title_one_H1_and_embedded_fonts(string id)
    {
        var pdf = TaggedPdf.Read(File.ReadAllBytes(_seeds.PdfPath(id)));

        Assert.True(pdf.Marked);
        Assert.Equal("nl", pdf.Lang);
        Assert.True(pdf.DisplayDocTitle);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Title));
        Assert.Single(pdf.Elements, e => e.Type == "H1");
        Assert.Equal("H1", pdf.Elements.First(e => e.Type.StartsWith('H') && e.Type.Length == 2).Type);
        Assert.NotEmpty(pdf.Fonts);
        Assert.All(pdf.Fonts, f => Assert.True(f.Embedded, f.Name));
        Assert.All(pdf.Elements.Where(e => e.Type == "Figure"), f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
    }

    [Fact]
    public void The_informatieblad_Should_carry_its_lists_tables_and_chart_as_such()
    {
        var pdf = TaggedPdf.Read(File.ReadAllBytes(_seeds.PdfPath(PublishedSeeds.InformatiebladId)));

        Assert.True(pdf.Elements.Count(e => e.Type == "L") >= 2);
        Assert.All(pdf.Elements.Where(e => e.Type == "LI"), li => Assert.Equal("L", li.ParentType));
        Assert.True(pdf.Elements.Count(e => e.Type == "Table") >= 2);
        Assert.True(pdf.Elements.Count(e => e.Type == "TH") >= 4);
        Assert.Contains(pdf.Elements, e => e.Type == "Figure" && e.Alt!.Contains("aanvragen", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_note_Should_be_read_at_its_call_and_drawn_at_the_foot()
    {
        // PDF/UA: a note is a Note element next to the text that cites it, so a screen reader reads it there
        // (or skips it), while it is drawn at the foot of the page. The nota's first page has three.
        var pdf = TaggedPdf.Read(File.ReadAllBytes(_seeds.PdfPath(PublishedSeeds.NotaId)));
        var notes = pdf.Elements.Where(e => e.Type == "Note" && e.Page == 1).ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Equal("P", n.ParentType));

        // In reading order, each note's text (drawn below 900 px) is followed by body text again (drawn above it).
        var body = pdf.Reading.Where(p => p.Page == 1 && p.X < 560).OrderBy(p => p.Order).ToList(); // the colofon column starts at 153 mm (578 px)
        var backToText = body.Zip(body.Skip(1)).Count(pair => pair.First.Y > 900 && pair.Second.Y < 900);
        Assert.Equal(3, backToText);
    }
}
