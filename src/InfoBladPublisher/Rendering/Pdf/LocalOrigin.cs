using System.Collections.Concurrent;
using Microsoft.Playwright;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>
/// A made-up origin that the browser believes it loads from. Every request is answered here: local files are
/// served, anything else is aborted and recorded, so rendering can never touch the network.
/// </summary>
internal sealed class LocalOrigin
{
    public const string Root = "https://infoblad.invalid/";

    private readonly Func<string, byte[]?> _resolve;
    private readonly ConcurrentQueue<string> _blocked = new();
    private readonly ConcurrentQueue<string> _missing = new();

    public LocalOrigin(Func<string, byte[]?> resolve) => _resolve = resolve;

    public IReadOnlyList<string> Blocked => _blocked.Distinct().ToList();

    public IReadOnlyList<string> Missing => _missing.Distinct().ToList();

    public async Task HandleAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (!url.StartsWith(Root, StringComparison.Ordinal))
        {
            _blocked.Enqueue(url);
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            return;
        }

        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/'));
        var body = _resolve(path);
        if (body is null)
        {
            _missing.Enqueue(path);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" }).ConfigureAwait(false);
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = Common.MediaTypes.Of(path),
            BodyBytes = body,
        }).ConfigureAwait(false);
    }
}
