using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>A page reused from document to document prints the bytes a new page would, in any order.</summary>
public sealed class EnginePageTests
{
    private static async Task<Dictionary<string, byte[]>> RenderAllAsync(bool reuse, bool reversed, int longLayoutPages = 60, Action<int>? pagesOpened = null)
    {
        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(RepoPaths.Content, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics)!;
        var options = new BrowserOptions(BrowserOptions.DefaultChromium, RepoPaths.NodeModules, TimeSpan.FromMinutes(3)) { ReusePages = reuse, LongLayoutPages = longLayoutPages };
        var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, options, html.Style.Assets.TryRead);
        await using (engine)
        {
            var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var order = reversed ? html.Documents.Reverse() : html.Documents;
            foreach (var document in order)
            {
                // One at a time on one page: each document lands on the page the one before it used.
                var output = await PdfStage.RunAsync(html with { Documents = [document] }, engine, 1, diagnostics, CancellationToken.None);
                pdfs[document.Document.Id] = output.Pdfs[document.Document.Id].Pdf;
            }

            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
            pagesOpened?.Invoke(((VivliostyleEngine)engine).PagesOpened);
            return pdfs;
        }
    }

    [Fact]
    public async Task A_reused_page_Should_print_the_bytes_of_a_new_page_whatever_came_before()
    {
        var fresh = await RenderAllAsync(reuse: false, reversed: false);
        var reused = await RenderAllAsync(reuse: true, reversed: false);
        var reusedBackwards = await RenderAllAsync(reuse: true, reversed: true);

        Assert.True(fresh.Count >= 3);
        foreach (var (id, pdf) in fresh)
        {
            Assert.True(pdf.AsSpan().SequenceEqual(reused[id]), $"{id}: a reused page printed other bytes");
            Assert.True(pdf.AsSpan().SequenceEqual(reusedBackwards[id]), $"{id}: the order of documents changed its bytes");
        }
    }

    [Fact]
    public async Task A_page_after_a_long_layout_Should_be_replaced_and_print_the_same_bytes()
    {
        var opened = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = await RenderAllAsync(reuse: true, reversed: false, pagesOpened: n => opened["kept"] = n);
        // Every layout counts as long here: each document, and each footnote pass, gets a new page.
        var replaced = await RenderAllAsync(reuse: true, reversed: false, longLayoutPages: 1, pagesOpened: n => opened["replaced"] = n);

        Assert.Equal(1, opened["kept"]);
        Assert.True(opened["replaced"] >= kept.Count, $"{opened["replaced"]} pages opened for {kept.Count} documents");
        foreach (var (id, pdf) in kept)
        {
            Assert.True(pdf.AsSpan().SequenceEqual(replaced[id]), $"{id}: a new page after a long layout printed other bytes");
        }
    }

    [Fact]
    public void Destination_names_Should_be_renumbered_in_order_and_width()
    {
        var pdf = Encoding.ASCII.GetBytes("<< /Dests [(node00000163) 1 0 R (node00000170) 2 0 R] >> /D (node00000170) /D (node00000163) (nodeX) (node12)");

        var fixedPdf = Encoding.ASCII.GetString(PdfNodeNames.Normalise(pdf));

        Assert.Equal("<< /Dests [(node00000002) 1 0 R (node00000003) 2 0 R] >> /D (node00000003) /D (node00000002) (nodeX) (node01)", fixedPdf);
        Assert.Equal(fixedPdf, Encoding.ASCII.GetString(PdfNodeNames.Normalise(Encoding.ASCII.GetBytes(fixedPdf))));
    }
}
