using System.Diagnostics;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Starts the real engine (and its browser) at the first document that needs it, so a run served wholly from
/// the cache starts none; or early, beside the stages before pagination, when a run will very likely render.
/// </summary>
internal sealed class LazyEngine(string name, Func<Task<IPagedMediaEngine>> start) : IPagedMediaEngine
{
    private readonly Lock _lock = new();
    private Task<IPagedMediaEngine>? _starting;

    public string Name => name;

    /// <summary>How long the engine took to start, once it has.</summary>
    public TimeSpan? StartTime { get; private set; }

    /// <summary>True when the start began before the first document asked for it.</summary>
    public bool StartedEarly { get; private set; }

    /// <summary>Starts the engine on the thread pool and opens its first page, without waiting for either.</summary>
    public void StartEarly()
    {
        lock (_lock)
        {
            if (_starting is null)
            {
                StartedEarly = true;
                _starting = Task.Run(async () =>
                {
                    var engine = await StartTimedAsync().ConfigureAwait(false);
                    await engine.WarmAsync().ConfigureAwait(false);
                    return engine;
                });
            }
        }
    }

    public async Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default)
    {
        Task<IPagedMediaEngine> starting;
        lock (_lock)
        {
            starting = _starting ??= StartTimedAsync();
        }

        var engine = await starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await engine.RenderAsync(job, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Task<IPagedMediaEngine>? starting;
        lock (_lock)
        {
            // Closed once: a later call finds nothing to close, and a later render would start a new engine.
            starting = _starting;
            _starting = null;
        }

        if (starting is null)
        {
            return;
        }

        IPagedMediaEngine engine;
        try
        {
            engine = await starting.ConfigureAwait(false);
        }
        catch (MissingToolException)
        {
            return; // reported by the document that needed the engine, or not needed at all
        }

        await engine.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<IPagedMediaEngine> StartTimedAsync()
    {
        var watch = Stopwatch.StartNew();
        var engine = await start().ConfigureAwait(false);
        StartTime = watch.Elapsed;
        return engine;
    }
}
