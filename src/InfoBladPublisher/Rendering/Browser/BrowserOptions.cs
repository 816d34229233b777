namespace InfoBladPublisher.Rendering.Browser;

/// <param name="ChromiumPath">Debian's chromium; Playwright's own browser download cannot work offline.</param>
public sealed record BrowserOptions(string ChromiumPath)
{
    public const string DefaultChromium = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--font-render-hinting=none",

        // Nothing asks the network anything: no update, metrics, safe-browsing or hint lookups, and every host
        // name fails to resolve. Pages reach only the local origin, which is served by route, never by DNS.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-breakpad",
        "--no-pings",
        "--no-default-browser-check",
        "--metrics-recording-only",
        // Chromium 151 and later also preload the address bar's popup as a WebUI page, headless too: the
        // release benchmark's browser had two such renderers of about 150 MB each, which nothing here shows.
        "--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,SafeBrowsing,InterestFeedContentSuggestions,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    ];
}
