using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Runs the PDF stage with the chosen engine, started only when a document is not in the cache, and closes it
/// after; publish and render share it.
/// </summary>
internal static class Pagination
{
    /// <returns>Null when the engine could not start: the machine lacks a tool (IBP052), reported at the path it looked for.</returns>
    /// <param name="running">An engine the caller started and keeps (the benchmark's warm runs); null starts one for this run.</param>
    public static async Task<PdfStage.Output?> RunAsync(HtmlStage.Output html, PublishOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken, Action<DocumentDone>? progress = null, IPagedMediaEngine? running = null, StageClock? clock = null)
    {
        try
        {
            var version = PagedMediaEngines.VersionOf(options.Engine, options.NodeModules);
            var cache = options.CacheFolder is null ? null : new PdfCache(options.CacheFolder, $"{options.Engine} {version}") { Lookups = options.CacheReads };
            var browser = new BrowserOptions(options.ChromiumPath, options.NodeModules, options.RenderTimeout);
            if (running is not null)
            {
                return await PdfStage.RunAsync(html, running, options.Pages, diagnostics, cancellationToken, progress, cache, options.AssembleOnly).ConfigureAwait(false);
            }

            var engine = new LazyEngine(options.Engine, () => PagedMediaEngines.StartAsync(options.Engine, browser, html.Style.Assets.TryRead));
            try
            {
                return await PdfStage.RunAsync(html, engine, options.Pages, diagnostics, cancellationToken, progress, cache, options.AssembleOnly).ConfigureAwait(false);
            }
            finally
            {
                var closing = System.Diagnostics.Stopwatch.StartNew();
                await engine.DisposeAsync().ConfigureAwait(false);
                if (engine.StartTime is { } started)
                {
                    clock?.Part("of which starting the browser", started);
                    clock?.Part("of which closing the browser", closing.Elapsed);
                }
            }
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Message);
            return null;
        }
    }
}
