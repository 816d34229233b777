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
    /// <summary>The engine a run paginates with, not yet started: it starts at the first document not in the cache, or when the caller starts it early.</summary>
    public static LazyEngine EngineFor(PublishOptions options) =>
        new(options.Engine, () => PagedMediaEngines.StartAsync(options.Engine, new EngineOptions(options.NodeModules, options.RenderTimeout)));

    /// <returns>Null when the engine could not start: the machine lacks a tool (IBP052), reported at the path it looked for.</returns>
    /// <param name="engine">An engine the caller owns and closes (one it started, or from <see cref="EngineFor"/>); null makes one for this run and closes it after.</param>
    public static async Task<PdfStage.Output?> RunAsync(HtmlStage.Output html, PublishOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken, Action<DocumentDone>? progress = null, IPagedMediaEngine? engine = null, StageClock? clock = null)
    {
        try
        {
            var version = PagedMediaEngines.VersionOf(options.Engine, options.NodeModules);
            var cache = options.CacheFolder is null ? null : new PdfCache(options.CacheFolder, $"{options.Engine} {version}") { Lookups = options.CacheReads };
            if (engine is not null)
            {
                return await PdfStage.RunAsync(html, engine, options.Pages, diagnostics, cancellationToken, progress, cache, options.AssembleOnly).ConfigureAwait(false);
            }

            var own = EngineFor(options);
            try
            {
                return await PdfStage.RunAsync(html, own, options.Pages, diagnostics, cancellationToken, progress, cache, options.AssembleOnly).ConfigureAwait(false);
            }
            finally
            {
                await CloseAsync(own, clock).ConfigureAwait(false);
            }
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Wording);
            return null;
        }
    }

    /// <summary>The timing line of a browser started before the first document asked for it.</summary>
    public const string EarlyStartPart = "starting the print engine, begun before loading and beside it";

    /// <summary>Closes an engine from <see cref="EngineFor"/>, and tells the clock how long it took to start and to close.</summary>
    public static async Task CloseAsync(LazyEngine engine, StageClock? clock)
    {
        var closing = System.Diagnostics.Stopwatch.StartNew();
        await engine.DisposeAsync().ConfigureAwait(false);
        if (engine.StartTime is { } started)
        {
            clock?.Part(engine.StartedEarly ? EarlyStartPart : "of which starting the print engine", started);
            clock?.Part("of which closing the print engine", closing.Elapsed);
        }
    }
}
