namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Turns print HTML into a paginated PDF. One implementation per paged-media engine; see docs/architecture.md.</summary>
internal interface IPagedMediaEngine : IAsyncDisposable
{
    string Name { get; }

    Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default);
}
