using Microsoft.Playwright;

namespace InfoBladPublisher.Rendering.Browser;

/// <summary>
/// One headless Chromium for a whole run. Each document gets its own context, so no state leaks between them.
/// It is launched at the first page, not before: a run that turns out to have nothing to show (a review of two
/// missing releases, a release that fails its check) never waits for a browser to start.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly BrowserOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserHost(BrowserOptions options) => _options = options;

    /// <exception cref="FileNotFoundException">There is no Chromium at the path given: said at once, not at the first page.</exception>
    public static Task<BrowserHost> StartAsync(BrowserOptions options)
    {
        if (!File.Exists(options.ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium not found at {options.ChromiumPath}; install it with: sudo apt-get install -y chromium", options.ChromiumPath);
        }

        return Task.FromResult(new BrowserHost(options));
    }

    private async Task<IBrowser> LaunchedAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            try
            {
                _browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = _options.ChromiumPath,
                    Headless = true,
                    Args = BrowserOptions.LaunchArguments,
                }).ConfigureAwait(false);
                _playwright = playwright;
                return _browser;
            }
            catch
            {
                playwright.Dispose();
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <param name="javaScript">Off for the web pages a release serves (snapshots, review screenshots), which run no script; on only where a page of our own needs it (the tests' axe run and review report).</param>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        var browser = await LaunchedAsync().ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = viewport ?? new ViewportSize { Width = 1200, Height = 1600 },
            DeviceScaleFactor = 1,
        }).ConfigureAwait(false);

        // Routes for http(s) do not see WebSockets; without this one a page could still reach a local port.
        await context.RouteWebSocketAsync("**/*", socket => socket.CloseAsync()).ConfigureAwait(false);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
