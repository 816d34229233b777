using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Many new pages asked for at once, through Typst and read back from the PDF. A new page that depends on where
/// it lands (a filler sized to the rest of the page) did not settle within Typst's five layout attempts once a
/// document held a few dozen: "Pagina N van M" then named the wrong M, and the gate refused the document.
/// </summary>
public sealed class NewPageRepairTests
{
    [Fact]
    public async Task Forty_new_pages_at_once_Should_settle_with_every_page_numbered_and_each_ended_page_known_to_the_gate()
    {
        const int Notes = 40;
        var body = string.Join("\n\n", Enumerable.Range(1, Notes).Select(i =>
            $"{BrokenLayouts.Paragraph(3)} Een zin met noot {i}.[^n{i}] {BrokenLayouts.Paragraph(1)}\n\n[^n{i}]: De noot bij zin {i}."));
        using var tree = new ContentTree().Nota(ContentTree.NotaYamlWithoutNotes, body);
        var (output, checkedOut) = tree.Check();
        Assert.DoesNotContain(checkedOut, d => d.Severity == Severity.Error);
        var doc = Assert.Single(output!.Documents);
        var everyNote = Enumerable.Range(1, Notes).ToDictionary(n => n, _ => 0);
        var print = doc.Print.Repaired(new LayoutRepairs(everyNote, new HashSet<int>()));

        await using var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(RepoPaths.NodeModules, TimeSpan.FromMinutes(2)));
        var result = await engine.RenderAsync(new PrintJob(doc.Document.Id, print.Main, print.Files, doc.Document.Meta.Datum));
        Assert.False(result.Failed, string.Join("\n", result.Messages.Select(m => m.Message)));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
        var pages = PdfPages.Read(pdf);
        var facts = PdfLayout.Read(pdf, pages, result.Column, print.Sources, result.EndedPages);
        var found = new DiagnosticBag();
        LayoutGate.Check(facts, new LayoutContext(doc.BodyFile, doc.MetadataPosition, pages.Fonts, TypstEngine.FontFamilies, output.Style.Tokens.PageNumber), found);

        // Each note's paragraph is about four lines, so most calls end a page: far more than five re-layouts' worth.
        Assert.True(result.PageCount >= Notes / 2, $"only {result.PageCount} pages");
        Assert.True(result.EndedPages.Count >= Notes / 2, $"only {result.EndedPages.Count} pages known as ended on request");
        Assert.DoesNotContain(found.ToSortedList(), d => d.Code == "IBP073");
        Assert.DoesNotContain(found.ToSortedList(), d => d.Severity == Severity.Error);
        Assert.Equal(result.PageCount, pdf.NumberOfPages);
        var lastPage = string.Concat(pdf.GetPage(result.PageCount).Letters.Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
        Assert.Contains($"Pagina{result.PageCount}van{result.PageCount}", lastPage, StringComparison.Ordinal);
    }
}
