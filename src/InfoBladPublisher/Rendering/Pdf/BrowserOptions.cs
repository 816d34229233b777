namespace InfoBladPublisher.Rendering.Pdf;

/// <param name="ChromiumPath">Debian's chromium; Playwright's own browser download cannot work offline.</param>
/// <param name="NodeModules">Where npm ci put the paged-media engine and the fonts.</param>
public sealed record BrowserOptions(string ChromiumPath, string NodeModules, TimeSpan Timeout)
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
    ];
}
