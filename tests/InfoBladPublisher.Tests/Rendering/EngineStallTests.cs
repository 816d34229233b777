using Xunit.Abstractions;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.StressCorpus;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>The engine's footnote loop: found by the watchdog, worked around, and a document it hit still published whole.</summary>
public sealed class EngineStallTests(ITestOutputHelper output)
{
    private const string PrintHtml = """
        <p>Een<span class="voetnoot" id="voetnoot-1" data-nummer="1" data-src="1:3">a</span> zin.</p>
        <p>Twee<span class="voetnoot" id="voetnoot-2" data-nummer="2" data-src="2:3">b</span>
        drie<span class="voetnoot" id="voetnoot-3" data-nummer="3" data-src="2:9">c</span>
        vier<span class="voetnoot" id="voetnoot-4" data-nummer="4" data-src="2:15">d</span>
        vijf<span class="voetnoot" id="voetnoot-5" data-nummer="5" data-src="2:21">e</span></p>
        """;

    [Theory]
    [InlineData("stalled:7:11:20", 7, 11, 20)]
    [InlineData("stalled:1:0:120", 1, 0, 120)]
    public void The_watchdogs_answer_Should_be_read(string answer, int pages, int note, int seconds) =>
        Assert.Equal(new EngineStall(pages, note, seconds), EngineStall.Parse(answer));

    [Theory]
    [InlineData(null)]
    [InlineData("TypeError: x is undefined")]
    [InlineData("stalled:7:11")]
    [InlineData("stalled:7:-1:20")]
    [InlineData("the engine stalled:7:11:20")]
    public void Any_other_answer_Should_not_be_taken_for_a_stall(string? answer) => Assert.Null(EngineStall.Parse(answer));

    [Fact]
    public void The_notes_freed_Should_be_the_next_ones_after_the_last_placed_and_not_freed_before()
    {
        var stall = new EngineStall(3, 1, 20);

        Assert.Equal([2, 3, 4], stall.NotesToFree(PrintHtml, new HashSet<int>()));
        Assert.Equal([5], stall.NotesToFree(PrintHtml, new HashSet<int> { 2, 3, 4 }));
        Assert.Empty(stall.NotesToFree(PrintHtml, new HashSet<int> { 2, 3, 4, 5 }));
        Assert.Empty(new EngineStall(9, 5, 20).NotesToFree(PrintHtml, new HashSet<int>()));
    }

    /// <summary>
    /// A generated informatieblad (seed 2026, document 77 of the 100-document benchmark corpus) on which Vivliostyle 2.45.1
    /// lays out page 7 and then loops for ever with footnote-policy: line. If this fails because nothing was
    /// freed, the engine no longer loops on it: find another such document or retire the workaround.
    /// </summary>
    [Fact]
    public async Task A_document_the_engine_loops_on_Should_be_published_with_every_note_under_its_call()
    {
        using var tree = new TempTree();
        var corpus = new CorpusGenerator(2026).Write(tree.Root, 100, CorpusShape.Benchmark);
        const string id = "2025-06-22-informatieblad-stress-77";
        Assert.Contains(corpus.Documents, d => d.Id == id);

        var diagnostics = new DiagnosticBag();
        var html = CheckPipeline.Render(corpus.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics)!;
        var options = new BrowserOptions(BrowserOptions.DefaultChromium, RepoPaths.NodeModules, TimeSpan.FromMinutes(5));
        var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, options, html.Style.Assets.TryRead);
        await using (engine)
        {
            var stage = await PdfStage.RunAsync(html with { Documents = [.. html.Documents.Where(d => d.Document.Id == id)] }, engine, 1, diagnostics, CancellationToken.None);

            // The layout gate ran on it inside PdfStage: no diagnostic means every note is on its call's page.
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
            var result = stage.Pdfs[id];
            output.WriteLine($"{result.PageCount} pages in {result.Elapsed.TotalSeconds:0.0} s; notes freed: {string.Join(", ", result.FreedNotes)}");
            foreach (var (phase, elapsed) in result.Profile)
            {
                output.WriteLine($"  {phase}: {elapsed.TotalSeconds:0.0} s");
            }

            Assert.NotEmpty(result.FreedNotes);
            Assert.True(result.PageCount > 7);
        }
    }
}
