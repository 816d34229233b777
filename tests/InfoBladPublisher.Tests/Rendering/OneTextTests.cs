using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>
/// Every publish holds the PDF and the web page to the source, block by block (IBP082): a word an output lost
/// or changed is refused at its block, words an output adds (the letterhead, list numbers) are not.
/// </summary>
public sealed class OneTextTests
{
    private static readonly SourcePosition Document = new("document.yml", 1, 1);

    private static List<SourceBlock> Source(params string[] blocks) =>
        blocks.Select((text, i) => new SourceBlock(new SourcePosition("tekst.md", (i * 2) + 1, 1), text)).ToList();

    [Fact]
    public void An_output_that_lost_a_bracket_Should_be_refused_at_the_block_that_held_it()
    {
        var bag = new DiagnosticBag();

        var ok = TextAgreement.Check(Source("1. Aanleiding", "Zie artikel [3 lid 2 en punt [a]."), "nota 1. Aanleiding Zie artikel 3 lid 2 en punt [a]. Pagina 1", TextAgreement.Pdf, Document, bag);

        Assert.False(ok);
        var found = Assert.Single(bag.ToSortedList());
        Assert.Equal((DiagnosticCodes.OutputTextDiffers, 3), (found.Code, found.Position.Line));
        Assert.Contains("'['", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_adds_words_and_breaks_a_long_address_over_two_lines_Should_pass()
    {
        var bag = new DiagnosticBag();

        var ok = TextAgreement.Check(Source("Zie https://example.org/kamerstukken/bewindspersonenoverleggen-migratie hier."),
            "Ministerie van Justitie\nZie https://example.org/kamerstukken/bewindsp\nersonenoverleggen-migratie hier.\nPagina 1 van 1", TextAgreement.Pdf, Document, bag);

        Assert.True(ok, string.Join("\n", bag.ToSortedList()));
    }

    [Fact]
    public void A_changed_word_Should_be_refused_as_a_lost_one()
    {
        var bag = new DiagnosticBag();

        Assert.False(TextAgreement.Check(Source("Het kabinet viel op 7 juli."), "Het kabinet viel op 8 juli.", TextAgreement.WebPage, Document, bag));
        Assert.Contains("'7'", Assert.Single(bag.ToSortedList()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tekst {lak 5.1.2e}GEHEIM{/lak} verder")]
    [InlineData("Tekst { lak 5.1.2e}GEHEIM verder")]
    [InlineData("Tekst [lak 5.1.2e]GEHEIM verder")]
    public void An_output_whose_text_reads_as_a_woo_mark_Should_be_refused(string output)
    {
        var bag = new DiagnosticBag();

        Assert.False(TextAgreement.Check(Source("Tekst verder"), output, TextAgreement.Pdf, Document, bag));
        Assert.Contains(bag.ToSortedList(), d => d.Code == DiagnosticCodes.OutputTextDiffers && d.Message.Contains("Woo marking", StringComparison.Ordinal));
    }

    /// <summary>Found by the differential test: a bar right before a note's call read "5.1.2e1" on the web page, and check refused a valid nota.</summary>
    [Fact]
    public void A_bar_right_before_a_call_Should_pass_check()
    {
        using var content = new ContentTree();
        content.Write("content/documenten/nota/tekst.md", "# Aanleiding\n\nEen {lak 5.1.2e}naam{/lak}[^bron] en {lak 5.2}iets{/lak}[^eigen].\n\n[^eigen]: Een noot.\n");

        var (output, diagnostics) = content.Check();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.OutputTextDiffers);
    }

    /// <summary>On main before issue 31 the print data dropped the '[' of an opener Markdig could not match; only the web page kept it.</summary>
    [Fact]
    public async Task Unmatched_brackets_Should_print_in_the_pdf_as_on_the_web_page()
    {
        using var content = new ContentTree();
        content.Nota(ContentTree.NotaYamlWithoutNotes, "# Aanleiding [x\n\nZie artikel [3 lid 2 en punt [a]. En ook ![niet] en [link]: tekst.[^eigen]\n\n[^eigen]: Een noot met [een haak.\n");
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        var text = PdfText.Squash(string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))));
        Assert.Contains("Aanleiding[x", text, StringComparison.Ordinal);
        Assert.Contains("Zieartikel[3lid2enpunt[a].Enook![niet]en[link]:tekst.", text, StringComparison.Ordinal);
        Assert.Contains("Eennootmet[eenhaak.", text, StringComparison.Ordinal);
    }

    /// <summary>A print layout that drops code spans: check cannot see it, publish refuses it at the paragraph's line.</summary>
    [Fact]
    public async Task A_print_layout_that_drops_text_Should_be_refused_at_the_block_by_publish()
    {
        using var content = new ContentTree();
        content.Write("content/documenten/nota/tekst.md", ContentTree.NotaBody + "\n\nDe code `artikel-68` staat hier.\n");
        var templates = content.CopyOfTemplates();
        var layout = Path.Combine(templates, "print", "tekst.typ");
        var typst = File.ReadAllText(layout);
        Assert.Contains("else if k == \"code\" { raw(x.v) }", typst, StringComparison.Ordinal);
        File.WriteAllText(layout, typst.Replace("else if k == \"code\" { raw(x.v) }", "else if k == \"code\" { none }", StringComparison.Ordinal));
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        Assert.False(result.Succeeded);
        var found = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputTextDiffers);
        Assert.Equal((content.DisplayOf("documenten/nota/tekst.md"), 11), (found.Position.File, found.Position.Line));
        Assert.Contains("'artikel'", found.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.PathOf("releases/v1")));
    }
}
