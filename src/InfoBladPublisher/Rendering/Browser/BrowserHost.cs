using Microsoft.Playwright;

namespace InfoBladPublisher.Rendering.Browser;

/// <summary>One headless Chromium for a whole run. Each document gets its own context, so no state leaks between them.</summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserHost(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserHost> StartAsync(BrowserOptions options)
    {
        if (!File.Exists(options.ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium not found at {options.ChromiumPath}; install it with: sudo apt-get install -y chromium", options.ChromiumPath);
        }

        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ChromiumPath,
                Headless = true,
                Args = BrowserOptions.LaunchArguments,
            }).ConfigureAwait(false);
            return new BrowserHost(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <param name="javaScript">Off for the web pages a release serves (snapshots, review screenshots), which run no script; on only where a page of our own needs it (the tests' axe run and review report).</param>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
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
        await _browser.DisposeAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
