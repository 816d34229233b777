namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Starts the real engine (and its browser) at the first document that needs it, so a run served wholly from the cache starts none.</summary>
internal sealed class LazyEngine(string name, Func<Task<IPagedMediaEngine>> start) : IPagedMediaEngine
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPagedMediaEngine? _engine;

    public string Name => name;

    /// <summary>How long the engine took to start, once it has.</summary>
    public TimeSpan? StartTime { get; private set; }

    public async Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_engine is null)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                _engine = await start().ConfigureAwait(false);
                StartTime = watch.Elapsed;
            }
        }
        finally
        {
            _gate.Release();
        }

        return await _engine.RenderAsync(job, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
