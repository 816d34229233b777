using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InfoBladPublisher.Preview;

/// <summary>
/// <c>http://[::1]:PORT/</c> for the preview. .NET's HttpListener on Linux and macOS cannot take an IPv6 prefix,
/// so this listens on [::1] itself and hands each request to the 127.0.0.1 listener. It does the Host check
/// the listener would: only <c>[::1]:PORT</c> and <c>localhost:PORT</c> (a browser that reaches localhost over
/// IPv6) pass, any other name gets 400 (DNS rebinding), and the request goes on as <c>127.0.0.1:PORT</c> with
/// <c>Connection: close</c>, so every request is checked.
/// </summary>
internal sealed class Ipv6LoopbackRelay : IAsyncDisposable
{
    private const int MaxHead = 16 * 1024;
    private readonly TcpListener _listener;
    private readonly int _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private Ipv6LoopbackRelay(TcpListener listener, int port)
    {
        _listener = listener;
        _port = port;
        _loop = Task.Run(AcceptAsync);
    }

    /// <returns>Null where the machine has no IPv6 loopback, or the port is taken there: the preview then answers on 127.0.0.1 and localhost only.</returns>
    public static Ipv6LoopbackRelay? TryStart(int port)
    {
        if (!Socket.OSSupportsIPv6)
        {
            return null;
        }

        var listener = new TcpListener(IPAddress.IPv6Loopback, port);
        try
        {
            listener.Start();
        }
        catch (SocketException)
        {
            listener.Dispose();
            return null;
        }

        return new Ipv6LoopbackRelay(listener, port);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var incoming = client.GetStream();
                var (head, after) = await ReadHeadAsync(incoming).ConfigureAwait(false);
                if (head is null || Rewrite(head) is not { } rewritten)
                {
                    await incoming.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), _stop.Token).ConfigureAwait(false);
                    return;
                }

                using var server = new TcpClient(AddressFamily.InterNetwork);
                await server.ConnectAsync(IPAddress.Loopback, _port, _stop.Token).ConfigureAwait(false);
                var outgoing = server.GetStream();
                await outgoing.WriteAsync(Encoding.ASCII.GetBytes(rewritten), _stop.Token).ConfigureAwait(false);
                await outgoing.WriteAsync(after, _stop.Token).ConfigureAwait(false);
                // The answer decides when the exchange ends: the listener closes after it (Connection: close).
                _ = incoming.CopyToAsync(outgoing, _stop.Token).ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                await outgoing.CopyToAsync(incoming, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // Either side went away.
            }
        }
    }

    /// <summary>The request line and headers (up to the blank line), and whatever bytes came after them.</summary>
    private async Task<(string? Head, byte[] After)> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[MaxHead];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return (null, []);
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.Latin1.GetString(buffer, 0, end), buffer[(end + 4)..length]);
            }
        }

        return (null, []);
    }

    /// <returns>The head for the 127.0.0.1 listener, or null when its Host is not exactly [::1]:PORT or localhost:PORT (or is given twice).</returns>
    private string? Rewrite(string head)
    {
        var lines = head.Split("\r\n");
        var hosts = lines.Skip(1).Where(l => l.StartsWith("host:", StringComparison.OrdinalIgnoreCase)).ToList();
        string[] allowed = [$"[::1]:{_port}", $"localhost:{_port}"];
        if (hosts.Count != 1 || !allowed.Contains(hosts[0][5..].Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var kept = lines.Skip(1).Where(l => !l.StartsWith("host:", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("connection:", StringComparison.OrdinalIgnoreCase));
        return string.Join("\r\n", [lines[0], $"Host: 127.0.0.1:{_port}", .. kept, "Connection: close"]) + "\r\n\r\n";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
