namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Turns print HTML into a paginated PDF. One implementation per paged-media engine; see docs/architecture.md.</summary>
internal interface IPagedMediaEngine : IAsyncDisposable
{
    string Name { get; }

    Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default);

    /// <summary>Gets ready for the first document (opens a page) before one is given; an engine without such a step does nothing.</summary>
    Task WarmAsync() => Task.CompletedTask;
}
