using InfoBladPublisher.Rendering.Browser;
using Microsoft.Playwright;

namespace InfoBladPublisher.Review;

/// <summary>Full-page screenshots of a standalone HTML page at a given width, with the network shut and motion off.</summary>
internal sealed class HtmlScreenshotter
{
    /// <summary>A phone and a laptop.</summary>
    public static readonly IReadOnlyList<int> Widths = [390, 1280];

    private readonly BrowserHost _browser;

    public HtmlScreenshotter(BrowserHost browser) => _browser = browser;

    public async Task<byte[]> CaptureAsync(string html, int width)
    {
        var context = await _browser.NewContextAsync(new ViewportSize { Width = width, Height = 800 }, javaScript: false).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            // The page is standalone (data URIs only); any request at all is a fault, so none is let through.
            await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient")).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);

            // Ready when every font is in: a flag to wait on, never a sleep.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => { window.__ibReady = true; })").ConfigureAwait(false);
            await page.WaitForFunctionAsync("() => window.__ibReady === true && document.fonts.status === 'loaded'").ConfigureAwait(false);
            return await page.ScreenshotAsync(new PageScreenshotOptions
            {
                FullPage = true,
                Type = ScreenshotType.Png,
                Animations = ScreenshotAnimations.Disabled,
                Caret = ScreenshotCaret.Hide,
            }).ConfigureAwait(false);
        }
    }
}
