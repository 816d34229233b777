using Deque.AxeCore.Playwright;
using InfoBladPublisher.Publishing.Site;
using InfoBladPublisher.Rendering.Browser;
using InfoBladPublisher.Tests.Rendering;
using Microsoft.Playwright;

namespace InfoBladPublisher.Tests.Site;

/// <summary>
/// The seeds' site in Chromium, served from the release folder at a made-up local origin with every other
/// request refused: search (Pagefind, under the page's own policy) finds a word of the text and never a withheld
/// one, and the pages pass axe at 390 and 1280 px with the search box and its results showing.
/// </summary>
[Collection(PublishedSeedsGroup.Name)]
public sealed class SiteBrowserTests
{
    private const string Origin = "http://infoblad.test/";

    private readonly PublishedSeeds _seeds;

    public SiteBrowserTests(PublishedSeeds seeds) => _seeds = seeds;

    [Fact]
    public async Task Search_Should_find_nareis_in_the_text_and_nothing_of_the_withheld_contactpersoon_offline()
    {
        await using var site = await SiteSession.OpenAsync(_seeds.ReleasePath, 1280);

        var nareis = await site.SearchAsync("nareis");
        Assert.NotEmpty(nareis);
        Assert.All(nareis, r => Assert.Contains("nareis", r.Excerpt, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("/" + PublishedSeeds.BijlageId + ".html", nareis.Select(r => r.Url));
        Assert.All(nareis, r => Assert.DoesNotContain("documenten/", r.Url, StringComparison.Ordinal)); // each text indexed once: the overview and pages are not

        // The contactpersoon the bijlage withholds (document.yml): no word of it is in the index. Pagefind also
        // returns near matches, so the exact search ("…") must find nothing, and no indexed text may hold it.
        Assert.Equal(PublishedSeeds.DocumentCount, nareis.Count); // every document's text is here to be read
        Assert.NotEmpty(await site.SearchAsync("\"nareis\""));
        foreach (var withheld in new[] { "Testpersoon", "Voorbeeld-Testpersoon", "12345678" })
        {
            Assert.Empty(await site.SearchAsync($"\"{withheld}\""));
            Assert.All(nareis, r => Assert.DoesNotContain(withheld, r.Content, StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(site.Refused.Count == 0, "requests that left the site: " + string.Join(", ", site.Refused));
        Assert.True(site.Errors.Count == 0, "console errors: " + string.Join("\n", site.Errors));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_search_page_with_its_results_Should_have_no_axe_violation(int width)
    {
        await using var site = await SiteSession.OpenAsync(_seeds.ReleasePath, width);
        await site.Page.GotoAsync(Origin + SearchPage.File + "?q=nareis");
        await site.Page.WaitForSelectorAsync(".pagefind-ui__result", new PageWaitForSelectorOptions { Timeout = 20_000 });
        Assert.False(await site.Page.IsVisibleAsync("#zonder-script"));
        Assert.Equal("Wissen", (await site.Page.InnerTextAsync(".pagefind-ui__search-clear")).Trim()); // Dutch, where Pagefind's own says "Reset"
        var first = await site.Page.GetAttributeAsync(".pagefind-ui__result-link", "href");
        Assert.Matches(@"^/2024-[a-z0-9-]+\.html", first); // the document's text, where the word is

        var result = await site.Page.RunAxe();

        var found = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {n.Target}")).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
        Assert.True(site.Errors.Count == 0, "console errors: " + string.Join("\n", site.Errors));
        await SiteSession.KeepAsync(site.Page, $"site-zoeken-{width}.png");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_overview_and_a_document_page_Should_show_without_script_errors_or_requests(int width)
    {
        await using var site = await SiteSession.OpenAsync(_seeds.ReleasePath, width);
        foreach (var (path, name) in new[] { ("index.html", "overzicht"), (SiteDocument.PageOf(PublishedSeeds.BijlageId), "document") })
        {
            var response = await site.Page.GotoAsync(Origin + path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(0, await site.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")); // nothing sideways at 390 px
            Assert.Contains("Fira Sans", await LoadedFontsAsync(site.Page)); // the shared fonts, not a fallback
            await SiteSession.KeepAsync(site.Page, $"site-{name}-{width}.png");
        }

        Assert.True(site.Refused.Count == 0, "requests that left the site: " + string.Join(", ", site.Refused));
        Assert.True(site.Errors.Count == 0, "console errors (a refused style or font says so here): " + string.Join("\n", site.Errors));
    }

    [Fact]
    public async Task A_page_of_the_site_opened_from_its_folder_Should_take_the_shared_stylesheet_and_Fira_Sans_from_assets()
    {
        // Given Chromium and a document's page in the release folder, opened as a file (no server)
        var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
        await using (browser)
        {
            var context = await browser.NewContextAsync(new ViewportSize { Width = 1280, Height = 900 });
            await using (context)
            {
                var page = await context.NewPageAsync();
                var errors = new List<string>();
                page.Console += (_, message) =>
                {
                    if (message.Type == "error")
                    {
                        errors.Add(message.Text);
                    }
                };

                // When it is opened
                var file = Path.Combine(_seeds.ReleasePath, SiteDocument.PageOf(PublishedSeeds.BijlageId));
                await page.GotoAsync(new Uri(file).AbsoluteUri);

                // Then its one stylesheet is the release's assets/site.css, its text is set in Fira Sans from there, and the policy refused nothing
                var sheets = await page.EvaluateAsync<string[]>("() => [...document.styleSheets].map(s => s.href || '(inline)')");
                Assert.Equal([new Uri(Path.Combine(_seeds.ReleasePath, "assets", "site.css")).AbsoluteUri], sheets);
                Assert.Contains("Fira Sans", await LoadedFontsAsync(page));
                Assert.StartsWith("\"Fira Sans\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
                Assert.True(errors.Count == 0, "console errors: " + string.Join("\n", errors));
                await SiteSession.KeepAsync(page, "site-document-als-bestand-1280.png");
            }
        }
    }

    /// <summary>The families of the page's fonts that loaded, once every font it asked for has loaded or failed.</summary>
    private static async Task<string[]> LoadedFontsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            async () => {
              await document.fonts.ready;
              return [...document.fonts].filter(f => f.status === "loaded").map(f => f.family.replace(/["']/g, ""));
            }
            """);

    /// <summary>A result of Pagefind's own API: the page's address and the excerpt around the word.</summary>
    private sealed class Hit
    {
        public string Url { get; set; } = string.Empty;

        public string Excerpt { get; set; } = string.Empty;

        /// <summary>All the text Pagefind indexed of the page.</summary>
        public string Content { get; set; } = string.Empty;
    }

    private sealed class SiteSession : IAsyncDisposable
    {
        private readonly BrowserHost _browser;
        private readonly IBrowserContext _context;

        private SiteSession(BrowserHost browser, IBrowserContext context, IPage page)
        {
            _browser = browser;
            _context = context;
            Page = page;
        }

        public IPage Page { get; }

        public List<string> Refused { get; } = [];

        public List<string> Errors { get; } = [];

        public static async Task<SiteSession> OpenAsync(string release, int width)
        {
            var browser = await BrowserHost.StartAsync(new BrowserOptions(BrowserOptions.DefaultChromium));
            var context = await browser.NewContextAsync(new ViewportSize { Width = width, Height = 900 });
            var page = await context.NewPageAsync();
            var session = new SiteSession(browser, context, page);
            // The release folder is the site; nothing else answers, and whatever else is asked for is recorded.
            await context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                var path = url.StartsWith(Origin, StringComparison.Ordinal) ? Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/')) : null;
                var file = path is null ? null : Path.GetFullPath(Path.Combine(release, path));
                if (file is null || !file.StartsWith(Path.GetFullPath(release), StringComparison.Ordinal) || !File.Exists(file))
                {
                    session.Refused.Add(url);
                    await route.AbortAsync("blockedbyclient");
                    return;
                }

                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = TypeOf(file) });
            });
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add(message.Text);
                }
            };
            await page.GotoAsync(Origin + SearchPage.File);
            return session;
        }

        public async Task<IReadOnlyList<Hit>> SearchAsync(string word) =>
            await Page.EvaluateAsync<Hit[]>("""
                async word => {
                  const pagefind = await import("./pagefind/pagefind.js");
                  const found = await pagefind.search(word);
                  const hits = [];
                  for (const result of found.results) {
                    const data = await result.data();
                    hits.push({ url: data.url, excerpt: data.excerpt.replace(/<[^>]+>/g, ""), content: data.content });
                  }
                  return hits;
                }
                """, word);

        /// <summary>Saves a screenshot for the docs when INFOBLAD_SCREENSHOTS names a folder.</summary>
        public static async Task KeepAsync(IPage page, string name)
        {
            if (Environment.GetEnvironmentVariable("INFOBLAD_SCREENSHOTS") is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
            }
        }

        private static string TypeOf(string file) => Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript",
            ".css" => "text/css",
            ".json" => "application/json",
            ".wasm" => "application/wasm",
            ".pdf" => "application/pdf",
            _ => "application/octet-stream",
        };

        public async ValueTask DisposeAsync()
        {
            await _context.DisposeAsync();
            await _browser.DisposeAsync();
        }
    }
}
