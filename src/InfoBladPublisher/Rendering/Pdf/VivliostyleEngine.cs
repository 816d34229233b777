using System.Diagnostics;
using Microsoft.Playwright;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// Vivliostyle core, run inside Chromium: it lays out CSS paged media (footnotes, running colofons, margin
/// boxes, repeated table headers) that Chromium alone does not. Chromium then prints its pages to PDF.
/// </summary>
internal sealed class VivliostyleEngine : IPagedMediaEngine
{
    public const string EngineName = "vivliostyle";

    private const string HostPath = "__host.html";
    private const string EnginePath = "__engine/vivliostyle.js";
    // "https://infoblad.invalid/docs/" is 30 characters, which PdfLinks rewrites in place to "./" fifteen times.
    private const string DocumentFolder = "docs/";
    private const string DocumentPath = DocumentFolder + "index.html";
    private static readonly IReadOnlyDictionary<string, byte[]> EmptyFiles = new Dictionary<string, byte[]>();

    private static readonly Lazy<string> LayoutProbe = new(() => Resource("layout-probe.js"));
    private static readonly Lazy<string> FootnoteBreakScript = new(() => Resource("footnote-breaks.js"));

    private readonly BrowserHost _browser;
    private readonly BrowserOptions _options;
    private readonly Func<string, byte[]?> _assets;
    private readonly byte[] _engineScript;
    private readonly System.Collections.Concurrent.ConcurrentBag<EnginePage> _idle = [];

    private VivliostyleEngine(BrowserHost browser, BrowserOptions options, Func<string, byte[]?> assets, byte[] engineScript)
    {
        _browser = browser;
        _options = options;
        _assets = assets;
        _engineScript = engineScript;
    }

    public string Name => EngineName;

    /// <summary>How many engine pages this engine has opened (the pool's reuse made visible to tests).</summary>
    internal int PagesOpened => _pagesOpened;

    private int _pagesOpened;

    /// <summary>Reads the engine bundle and starts the browser this engine owns until it is disposed.</summary>
    /// <param name="assets">Resolves a path below assets/ to its bytes, or null.</param>
    public static async Task<VivliostyleEngine> StartAsync(BrowserOptions options, Func<string, byte[]?> assets)
    {
        var script = LoadEngineScript(options.NodeModules);
        BrowserHost browser;
        try
        {
            browser = await BrowserHost.StartAsync(options).ConfigureAwait(false);
        }
        catch (FileNotFoundException ex)
        {
            throw new MissingToolException(options.ChromiumPath, ex.Message, ex);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Installed but not running (a missing library, killed while starting): the machine's fault, said as such.
            throw new MissingToolException(options.ChromiumPath, $"Chromium is installed here but did not start: {ex.Message.Split('\n', 2)[0].Trim()}", ex);
        }

        return new VivliostyleEngine(browser, options, assets, script);
    }

    public async Task<PdfResult> RenderAsync(PrintJob job, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RenderOnceAsync(job).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException && !cancellationToken.IsCancellationRequested)
        {
            // Playwright's messages run to many lines of call log; the first says what happened.
            throw new PagedMediaException(ex.Message.Split('\n', 2)[0].Trim(), ex);
        }
    }

    private async Task<PdfResult> RenderOnceAsync(PrintJob job)
    {
        var stopwatch = Stopwatch.StartNew();
        var profile = new EngineProfile();
        var html = System.Text.Encoding.UTF8.GetBytes(job.Html);
        var timeout = TimeoutFor(html.Length);
        var page = await TakePageAsync(timeout).ConfigureAwait(false);
        profile.Mark("take a page with the engine loaded");
        var healthy = false;
        try
        {
            byte[]? ServeJob(string path) => path switch
            {
                DocumentPath => html,
                _ => Serve(path, job.ExtraFiles, job.Assets ?? _assets),
            };

            page.Begin(ServeJob);

            // A page in an unknown or slowed state is closed, and the document goes on in a new one.
            async Task<EnginePage> ReplaceAsync(EnginePage old)
            {
                await ReturnPageAsync(old, healthy: false).ConfigureAwait(false);
                var next = await TakePageAsync(timeout, fresh: true).ConfigureAwait(false);
                next.Begin(ServeJob);
                return next;
            }

            var fixes = new Layout.FootnotePasses();
            var freed = new SortedSet<int>();
            for (var pass = 1; ; pass++)
            {
                var (layout, stall) = await LayOutAsync(page.Page, job, timeout, profile).ConfigureAwait(false);
                if (stall is not null)
                {
                    // The engine looped on a note: free the next ones from footnote-policy: line and lay out again.
                    var notes = stall.NotesToFree(job.Html, freed);
                    if (notes.Count == 0 || pass >= Layout.FootnoteBreaks.MaxPasses)
                    {
                        throw new PagedMediaException(stall.Describe(job.DocumentId));
                    }

                    freed.UnionWith(notes);

                    // The looping layout runs on in its page and breaks the next one there: go on in a new page.
                    page = await ReplaceAsync(page).ConfigureAwait(false);
                }
                else
                {
                    page.LastLayoutPages = layout!.Pages.Count;
                    if (fixes.IsLast(pass) || !fixes.Next(layout!))
                    {
                        var pdf = await page.Page.PdfAsync(new PagePdfOptions
                        {
                            PreferCSSPageSize = true,
                            PrintBackground = true,
                            Tagged = true,
                            Outline = true,
                        }).ConfigureAwait(false);
                        profile.Mark("print to PDF");

                        var fixedPdf = PdfNodeNames.Normalise(PdfLinks.MakeRelative(PdfDates.Fix(pdf, job.FixedDate), LocalOrigin.Root + DocumentFolder));
                        profile.Mark("fix dates and links");
                        healthy = true;
                        return new PdfResult(fixedPdf, layout!.Pages.Count, page.Origin.Blocked, page.Origin.Missing, stopwatch.Elapsed) { Layout = layout, Profile = profile.Phases, FreedNotes = freed.ToList(), Passes = (pass, fixes.TakenBack) };
                    }

                    // A note did not fit under its call: move the call's line to the next page and lay out again.
                    if (page.LastLayoutPages >= _options.LongLayoutPages)
                    {
                        page = await ReplaceAsync(page).ConfigureAwait(false);
                        profile.Mark("a new page after a long layout");
                    }
                }

                var corrected = await page.Page.EvaluateAsync<string>(FootnoteBreakScript.Value, new
                {
                    html = job.Html,
                    fixes = fixes.Applied.Select(f => new { src = f.Src, words = f.Words }).ToArray(),
                    freed = freed.ToArray(),
                }).ConfigureAwait(false);
                html = System.Text.Encoding.UTF8.GetBytes(corrected);
                profile.Mark(stall is null ? "move a note's line (footnote pass)" : "free notes from footnote-policy: line (engine stalled)");
            }
        }
        finally
        {
            await ReturnPageAsync(page, healthy).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The budget grows with the document: about a second per 10 KB of HTML on top of the base (a 1,000-page
    /// nota is some 3 MB), so only a page that never finishes runs out of it.
    /// </summary>
    private float TimeoutFor(int htmlBytes) => (float)(_options.Timeout + TimeSpan.FromSeconds(htmlBytes / 10_000.0)).TotalMilliseconds;

    /// <summary>
    /// How long the engine may go without adding a page before the pass is taken for a loop: ten times the longest
    /// wait for a page so far, within these bounds. The slowest page measured (near the end of a 100-page nota)
    /// took a few seconds.
    /// </summary>
    private static readonly TimeSpan MinStall = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan MaxStall = TimeSpan.FromMinutes(2);

    /// <summary>Everything but the document itself: the host page, the engine, template assets and the document's own files.</summary>
    private byte[]? Serve(string path, IReadOnlyDictionary<string, byte[]> extraFiles, Func<string, byte[]?> assets) => path switch
    {
        HostPath => HostPageBytes,
        EnginePath => _engineScript,
        _ when path.StartsWith(DocumentFolder + Assets.AssetLinker.UrlPrefix, StringComparison.Ordinal) =>
            assets(path[(DocumentFolder.Length + Assets.AssetLinker.UrlPrefix.Length)..]),
        _ when path.StartsWith(DocumentFolder, StringComparison.Ordinal) => extraFiles.GetValueOrDefault(path[DocumentFolder.Length..]),
        _ => null,
    };

    private async Task<EnginePage> TakePageAsync(float timeout, bool fresh = false)
    {
        if (!fresh && _idle.TryTake(out var page))
        {
            return page;
        }

        Interlocked.Increment(ref _pagesOpened);
        return await EnginePage.OpenAsync(_browser, LocalOrigin.Root + HostPath, path => Serve(path, EmptyFiles, _assets), timeout).ConfigureAwait(false);
    }

    /// <summary>Opens one engine page into the pool, so that the first document does not wait for its script to load.</summary>
    public async Task WarmAsync()
    {
        try
        {
            _idle.Add(await TakePageAsync(TimeoutFor(0), fresh: true).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The first document then opens its own page, and says what went wrong if it fails again.
        }
    }

    /// <summary>A page that finished its document goes back to the pool; one that failed may be in any state, so it is closed.</summary>
    private async Task ReturnPageAsync(EnginePage page, bool healthy)
    {
        if (healthy && _options.ReusePages && page.LastLayoutPages < _options.LongLayoutPages)
        {
            _idle.Add(page);
            return;
        }

        try
        {
            await page.DisposeAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // the browser went away with it
        }
    }

    /// <summary>Lays out the current print HTML in the engine, waits for every page, and reads where everything landed; or says where the engine stalled.</summary>
    private static async Task<(Layout.LayoutFacts? Facts, EngineStall? Stall)> LayOutAsync(IPage page, PrintJob job, float timeout, EngineProfile profile)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen }).ConfigureAwait(false);

        // The host page's promise settles on the engine's own 'complete' or 'error' event: no polling.
        var render = page.EvaluateAsync<string?>(
            "a => window.__ibRender(a.url, a.title, a.minStall, a.maxStall)",
            new { url = "/" + DocumentPath, title = job.Title, minStall = (int)Math.Min(timeout, MinStall.TotalMilliseconds), maxStall = (int)Math.Min(timeout, MaxStall.TotalMilliseconds) });
        var error = await render.WaitAsync(TimeSpan.FromMilliseconds(timeout)).ConfigureAwait(false);
        profile.Mark("lay out the pages (engine)");
        if (EngineStall.Parse(error) is { } stall)
        {
            return (null, stall);
        }

        if (error is not null)
        {
            throw new PagedMediaException($"the paged-media engine failed on {job.DocumentId}: {error.Split('\n', 2)[0].Trim()}");
        }

        await page.EvaluateAsync("() => document.fonts.ready").ConfigureAwait(false);
        profile.Mark("wait for fonts");

        // Read the pages as they will print: the layout gate judges these facts once the PDF is made.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
        var facts = Layout.LayoutFacts.Parse(await page.EvaluateAsync<string>(LayoutProbe.Value).ConfigureAwait(false));
        profile.Mark("read the pages for the layout gate (probe)");
        return (facts, null);
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var page))
        {
            try
            {
                await page.DisposeAsync().ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // closing the browser below closes it anyway
            }
        }

        await _browser.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A script of Layout/, with the shared word count (words.js) put in where it says so.</summary>
    private static string Resource(string name)
    {
        static string Read(string file)
        {
            using var stream = typeof(VivliostyleEngine).Assembly.GetManifestResourceStream("InfoBladPublisher.Layout." + file)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        return Read(name).Replace("  /* words.js */\n", Read("words.js"), StringComparison.Ordinal);
    }

    /// <summary>Where npm put the engine: everything of it that a render runs.</summary>
    internal static string PackageFolder(string nodeModules) => Path.Combine(nodeModules, "@vivliostyle", "core");

    internal static string PackageVersion(string nodeModules)
    {
        var package = Path.Combine(PackageFolder(nodeModules), "package.json");
        if (!File.Exists(package))
        {
            throw new MissingToolException(package, "the paged-media engine is missing; run 'npm ci' in the repository root (dotnet cake does this for you)");
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "?" : "?";
    }

    private static byte[] LoadEngineScript(string nodeModules)
    {
        var path = Path.Combine(PackageFolder(nodeModules), "lib", "vivliostyle.js");
        if (!File.Exists(path))
        {
            throw new MissingToolException(path, "the paged-media engine is missing; run 'npm ci' in the repository root (dotnet cake does this for you)");
        }

        // The package ships a CommonJS bundle; give it a module object and publish the result on window.
        var script = "(function(){var module={exports:{}};var exports=module.exports;\n" + File.ReadAllText(path) + "\n;window.vivliostyle=module.exports;})();";
        return System.Text.Encoding.UTF8.GetBytes(script);
    }

    private static readonly byte[] HostPageBytes = System.Text.Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title></title>
        <style>html, body { margin: 0; padding: 0; background: #fff; }</style>
        </head>
        <body>
        <div id="viewport"></div>
        <script src="/__engine/vivliostyle.js"></script>
        <script>
          // What the page holds before any document; every render starts from exactly this.
          const pristineHead = new Set(document.head.children);
          window.__ibRender = (url, title, minStall, maxStall) => new Promise((resolve) => {
            let watchdog = 0;
            const settle = (result) => { clearInterval(watchdog); resolve(result); };
            try {
              for (const element of [...document.head.children]) {
                if (!pristineHead.has(element)) { element.remove(); }
              }
              document.fonts.clear();
              document.title = title;
              const viewport = document.createElement('div');
              viewport.id = 'viewport';
              document.getElementById('viewport').replaceWith(viewport);
              const viewer = new vivliostyle.CoreViewer(
                { viewportElement: viewport, window: window, debug: false },
                { renderAllPages: true, autoResize: false, pageViewMode: 'singlePage', zoom: 1, fitToScreen: false, allowScripts: false });
              viewer.addListener('readystatechange', () => {
                if (viewer.readyState === 'complete') { settle(null); }
              });
              viewer.addListener('error', (payload) => {
                settle(String(payload && payload.content ? (payload.content.error || payload.content.messages || payload.content) : payload));
              });
              // A layout that loops never adds a page again (a page laid out anew is added anew). Give up after
              // ten times the longest wait between pages so far, within [minStall, maxStall], and say which notes
              // were placed.
              let progressAt = performance.now();
              let longest = 0;
              let first = true; // the wait for the first page includes loading and styling the document
              new MutationObserver((mutations) => {
                for (const mutation of mutations) {
                  for (const node of mutation.addedNodes) {
                    if (node.nodeType === 1 && node.hasAttribute('data-vivliostyle-page-container')) {
                      const now = performance.now();
                      if (!first) { longest = Math.max(longest, now - progressAt); }
                      first = false;
                      progressAt = now;
                    }
                  }
                }
              }).observe(viewport, { childList: true, subtree: true });
              watchdog = setInterval(() => {
                const limit = first ? maxStall : Math.min(maxStall, Math.max(minStall, 10 * longest));
                if (performance.now() - progressAt > limit) {
                  const pages = viewport.querySelectorAll('[data-vivliostyle-page-container]').length;
                  const placed = [...viewport.querySelectorAll('.voetnoot[data-nummer]')].map(n => parseInt(n.getAttribute('data-nummer'), 10) || 0);
                  settle('stalled:' + pages + ':' + Math.max(0, ...placed) + ':' + Math.round((performance.now() - progressAt) / 1000));
                }
              }, 1000);
              viewer.loadDocument({ url: url });
            } catch (e) {
              settle(String(e && e.stack || e));
            }
          });
        </script>
        </body>
        </html>
        """);
}
