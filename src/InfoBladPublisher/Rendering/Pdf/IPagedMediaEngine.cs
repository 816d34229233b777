namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Lays a document out into PDFs. One implementation per engine (today Typst); see docs/architecture.md.</summary>
internal interface IPagedMediaEngine : IAsyncDisposable
{
    string Name { get; }

    /// <exception cref="PagedMediaException">The engine did not finish the document in its time, or died under it.</exception>
    Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default);

    /// <summary>Gets ready for the first document before one is given; an engine without such a step does nothing.</summary>
    Task WarmAsync() => Task.CompletedTask;
}
