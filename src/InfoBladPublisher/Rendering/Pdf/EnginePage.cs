using Microsoft.Playwright;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// One browser context and page with the engine's host page and its 1 MB script loaded once, reused for
/// document after document. Between documents the page is reset (viewport, added styles and fonts, title), so
/// a reused page prints the same bytes as a new one; a page that failed or timed out is thrown away instead.
/// </summary>
internal sealed class EnginePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private LocalOrigin _origin;

    private EnginePage(IBrowserContext context, IPage page, LocalOrigin origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
    }

    public IPage Page { get; }

    /// <summary>How many pages the engine's last layout in this page had.</summary>
    public int LastLayoutPages { get; set; }

    /// <summary>What the current document's page asked for and could not have.</summary>
    public LocalOrigin Origin => _origin;

    /// <param name="hostPage">The host page's URL; <paramref name="serve"/> must answer it and the engine script.</param>
    public static async Task<EnginePage> OpenAsync(BrowserHost browser, string hostPage, Func<string, byte[]?> serve, float timeoutMs)
    {
        var context = await browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            var origin = new LocalOrigin(serve);
            var enginePage = new EnginePage(context, await context.NewPageAsync().ConfigureAwait(false), origin);

            // One route for the page's life; it answers from whichever document is current.
            await context.RouteAsync("**/*", route => enginePage._origin.HandleAsync(route)).ConfigureAwait(false);
            await enginePage.Page.GotoAsync(hostPage, new PageGotoOptions { Timeout = timeoutMs }).ConfigureAwait(false);
            return enginePage;
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Serves the next document from <paramref name="serve"/>, with fresh lists of blocked and missing requests.</summary>
    public void Begin(Func<string, byte[]?> serve) => _origin = new LocalOrigin(serve);

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
