namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Turns print HTML into a paginated PDF. One implementation per paged-media engine; see docs/architecture.md.</summary>
internal interface IPagedMediaEngine : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The engine's own version, so cached PDFs of another version are not reused.</summary>
    string Version { get; }

    Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default);
}
