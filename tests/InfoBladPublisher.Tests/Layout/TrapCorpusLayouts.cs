using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Rendering.Print;
using InfoBladPublisher.StressCorpus;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Layout;

/// <summary>
/// Lays out generated documents nobody tuned the layout to (the traps corpus of a seed) once each, and gives every
/// layout with the gate's facts read from its PDF: what the engine's own reports are held to.
/// </summary>
internal static class TrapCorpusLayouts
{
    public static async Task ForEachAsync(int seed, int documents, Action<PdfResult, LayoutFacts, PrintSource> each)
    {
        using var tree = new TempTree();
        var corpus = new CorpusGenerator(seed).Write(tree.Root, documents, CorpusShape.Traps);
        var bag = new DiagnosticBag();
        var output = CheckPipeline.Render(corpus.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedList().Take(10)));

        await using var engine = await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(RepoPaths.NodeModules, TimeSpan.FromMinutes(4)));
        foreach (var doc in output!.Documents)
        {
            var print = doc.Print;
            var result = await engine.RenderAsync(new PrintJob(doc.Document.Id, print.Main, print.Files, doc.Document.Meta.Datum) { Standards = [TypstEngine.Accessible] });
            Assert.False(result.Failed, string.Join("\n", result.Messages.Select(m => m.Message)));

            using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
            each(result, PdfLayout.Read(pdf, PdfPages.Read(pdf), result.Column, print.Sources, result.EndedPages), print);
        }
    }
}
