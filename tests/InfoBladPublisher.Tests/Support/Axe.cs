using InfoBladPublisher.Rendering.Browser;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InfoBladPublisher.Tests.Support;

/// <summary>
/// Runs axe-core (the copy bundled in Deque.AxeCore.Playwright, no download) on a standalone page at one width,
/// with every rule axe has (WCAG 2.0/2.1 A and AA, and its best practices), and names each violation with
/// where it is.
/// </summary>
internal static class Axe
{
    /// <summary>Each page at 390 and 1280 px, in one browser: every violation, named by file and width.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsInAsync(IEnumerable<string> pages)
    {
        var found = new List<string>();
        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            foreach (var page in pages)
            {
                foreach (var width in InfoBladPublisher.Review.HtmlScreenshotter.Widths)
                {
                    found.AddRange((await ViolationsAsync(browser, await File.ReadAllTextAsync(page), width)).Select(v => $"{Path.GetFileName(page)} at {width} px: {v}"));
                }
            }
        }

        return found;
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(BrowserHost browser, string html, int width)
    {
        var context = await browser.NewContextAsync(new ViewportSize { Width = width, Height = 800 });
        await using (context)
        {
            // The pages are standalone; a request is a fault, and none leaves the machine.
            await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
            var page = await context.NewPageAsync();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready");
            var result = await page.RunAxe();
            return result.Violations
                .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {Shorten(n.Html)}"))
                .ToList();
        }
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
