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
                    found.AddRange((await ViolationsAsync(browser, page, width)).Select(v => $"{Path.GetFileName(page)} at {width} px: {v}"));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The page as a reader gets it, from its release folder served at a made-up origin: the web pages load
    /// nothing, the site's pages their shared stylesheet and fonts. No script is served (the search page is
    /// judged without it here), and no request leaves the release.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ViolationsAsync(BrowserHost browser, string file, int width)
    {
        var root = ReleaseOf(file);
        var context = await browser.NewContextAsync(new ViewportSize { Width = width, Height = 800 });
        await using (context)
        {
            await context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                var path = url.StartsWith(Origin, StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/')))) : null;
                if (path is null || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path) || Path.GetExtension(path) is ".js" or ".wasm")
                {
                    await route.AbortAsync("blockedbyclient");
                    return;
                }

                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(path), ContentType = InfoBladPublisher.Common.MediaTypes.Of(path) });
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(Origin + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready");
            var result = await page.RunAxe();
            return result.Violations
                .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {Shorten(n.Html)}"))
                .ToList();
        }
    }

    private const string Origin = "http://release.test/";

    /// <summary>The release folder a page is in (the nearest folder above it with a manifest), else the page's own folder.</summary>
    private static string ReleaseOf(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        for (var up = folder; up is not null; up = Path.GetDirectoryName(up))
        {
            if (File.Exists(Path.Combine(up, "manifest.json")))
            {
                return up;
            }
        }

        return folder;
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
