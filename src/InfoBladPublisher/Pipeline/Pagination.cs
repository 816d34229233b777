using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>Starts the chosen engine for one run of the PDF stage and closes it after; publish and render share it.</summary>
internal static class Pagination
{
    /// <returns>Null when the engine could not start: the machine lacks a tool (IBP052), reported at the path it looked for.</returns>
    public static async Task<PdfStage.Output?> RunAsync(HtmlStage.Output html, PublishOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken, Action<DocumentDone>? progress = null)
    {
        IPagedMediaEngine engine;
        try
        {
            engine = await PagedMediaEngines.StartAsync(options.Engine, new BrowserOptions(options.ChromiumPath, options.NodeModules, TimeSpan.FromMinutes(3)), html.Style.Assets.TryRead).ConfigureAwait(false);
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Message);
            return null;
        }

        await using (engine.ConfigureAwait(false))
        {
            return await PdfStage.RunAsync(html, engine, options.Parallelism, diagnostics, cancellationToken, progress).ConfigureAwait(false);
        }
    }
}
