using System.Net;
using System.Net.Sockets;
using System.Text;
using InfoBladPublisher.Preview;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Preview;

/// <summary>
/// <c>serve</c> answers on every name an editor types for this machine (localhost, 127.0.0.1, [::1]) and on no
/// other: a Host header that names anything else gets no page (the DNS-rebinding guard).
/// </summary>
public sealed class PreviewHostTests
{
    [Theory]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("[::1]", "::1")]
    [InlineData("localhost", "::1")]
    public async Task A_loopback_name_Should_get_the_page(string host, string address)
    {
        using var tree = new ContentTree();
        await using var server = await StartAsync(tree);

        var answer = await GetAsync(IPAddress.Parse(address), server.Url.Port, host, "/d/nota/web");

        Assert.StartsWith("HTTP/1.1 200", answer, StringComparison.Ordinal);
        Assert.Contains("Een proefnota", answer, StringComparison.Ordinal);
        Assert.Contains(server.Urls, u => u.Host == host.Trim('[', ']') || u.Authority.StartsWith(host, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rebinding.example", "127.0.0.1")]
    [InlineData("localhost.rebinding.example", "127.0.0.1")]
    [InlineData("127.0.0.1.nip.io", "127.0.0.1")]
    [InlineData("0.0.0.0", "127.0.0.1")]
    [InlineData("127.0.0.2", "127.0.0.1")]
    [InlineData("rebinding.example", "::1")]
    [InlineData("127.0.0.1", "::1")]
    [InlineData("[::1].rebinding.example", "::1")]
    public async Task Any_other_name_Should_be_refused(string host, string address)
    {
        using var tree = new ContentTree();
        await using var server = await StartAsync(tree);

        var answer = await GetAsync(IPAddress.Parse(address), server.Url.Port, host, "/d/nota/web");

        Assert.StartsWith("HTTP/1.1 4", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Een proefnota", answer, StringComparison.Ordinal);
    }

    private static Task<PreviewServer> StartAsync(ContentTree tree) =>
        PreviewServer.StartAsync(new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null);

    /// <summary>A port free on both loopbacks, so the [::1] prefix can bind too.</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.IPv6Any, 0) { Server = { DualMode = true } };
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Raw bytes on a socket, so the Host header is exactly the one under test.</summary>
    private static async Task<string> GetAsync(IPAddress address, int port, string host, string path)
    {
        using var client = new TcpClient(address.AddressFamily);
        await client.ConnectAsync(address, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n"));
        return await new StreamReader(stream).ReadToEndAsync();
    }
}
