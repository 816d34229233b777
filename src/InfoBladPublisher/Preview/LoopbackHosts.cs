namespace InfoBladPublisher.Preview;

/// <summary>
/// The names the HttpListener answers to itself: <c>127.0.0.1</c> and <c>localhost</c> (both on 127.0.0.1;
/// <c>[::1]</c> comes through <see cref="Ipv6LoopbackRelay"/>). The listener matches each request's Host header
/// against these prefixes, so any other name (DNS rebinding: a page elsewhere that points its own name at
/// 127.0.0.1) gets no page.
/// </summary>
internal static class LoopbackHosts
{
    public static IReadOnlyList<string> Prefixes(int port) => [$"http://127.0.0.1:{port}/", $"http://localhost:{port}/"];
}
