using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Layout;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>Paginates every document to PDF, a few at a time, and reports any request that tried to leave the machine.</summary>
internal static class PdfStage
{
    public static async Task<IReadOnlyDictionary<string, PdfResult>> RunAsync(
        IPagedMediaEngine engine, IReadOnlyList<RenderedDocument> documents, IReadOnlyList<string> bundledFamilies, int parallelism,
        DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, PdfResult>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (rendered, ct) =>
        {
            var doc = rendered.Document;
            var extra = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            if (doc.Afzender.Logo is { } logo)
            {
                extra[Rendering.Html.HtmlPageRenderer.LogoUrlPath(doc.Afzender.Id, logo)] = logo.Bytes;
            }

            PdfResult result;
            try
            {
                result = await engine.RenderAsync(new PrintJob(doc.Id, doc.Meta.Titel, rendered.PrintHtml, extra, doc.Meta.Datum), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or Microsoft.Playwright.PlaywrightException or InvalidOperationException && !ct.IsCancellationRequested)
            {
                // A document that does not finish in its time, or a browser that dies under it: this document
                // fails with a reason, the others are still checked, and no release is written.
                diagnostics.Error(DiagnosticCodes.RenderFailed, rendered.MetadataPosition, $"the PDF could not be made: {FirstLine(ex.Message)}");
                return;
            }

            foreach (var url in result.BlockedRequests)
            {
                diagnostics.Error(DiagnosticCodes.BlockedRequest, rendered.MetadataPosition, $"rendering tried to load '{url}' from the network; it was blocked. Bundle the file under templates/assets/ instead");
            }

            foreach (var path in result.MissingFiles)
            {
                diagnostics.Error(DiagnosticCodes.MissingFile, rendered.MetadataPosition, $"rendering asked for the local file '{path}', which does not exist");
            }

            LayoutGate.Check(result.Layout, ContextOf(rendered, result, bundledFamilies), diagnostics);
            results[doc.Id] = result;
        }).ConfigureAwait(false);
        return results;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private static LayoutContext ContextOf(RenderedDocument rendered, PdfResult result, IReadOnlyList<string> bundledFamilies) =>
        new(rendered.BodyFile, rendered.MetadataPosition, PdfFonts.Read(result.Pdf), bundledFamilies);
}
