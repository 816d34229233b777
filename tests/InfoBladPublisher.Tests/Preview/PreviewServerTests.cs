using InfoBladPublisher.Rendering.Browser;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InfoBladPublisher.Preview;
using InfoBladPublisher.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfoBladPublisher.Tests.Preview;

/// <summary><c>infoblad serve</c> in a real browser: it shows the document, follows an edit, shows an error at its line, and clears it when fixed.</summary>
public sealed class PreviewServerTests(ITestOutputHelper output)
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static Task<PreviewServer> StartAsync(ContentTree tree) =>
        PreviewServer.StartAsync(new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null);

    [Fact]
    public async Task An_edit_Should_reload_the_open_page_and_an_error_Should_show_at_its_line_until_fixed()
    {
        using var tree = new ContentTree();
        await using var server = await StartAsync(tree);
        // A plain browser, as the editor's: the product's own is sealed off from every address, the preview's too.
        using var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserOptions.DefaultChromium, Headless = true });
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "d/nota");
            var document = page.FrameLocator("iframe");
            await Assertions.Expect(document.Locator("h1")).ToContainTextAsync("Een proefnota");

            // Save a change: the open page reloads with it.
            var body = Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md");
            var loaded = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.EndsWith("/d/nota/web", StringComparison.Ordinal), Timeout = 20_000 });
            var saved = Stopwatch.StartNew();
            await File.AppendAllTextAsync(body, "\n\nEen zin die er net bij kwam.\n");
            await loaded;
            output.WriteLine($"save to new web page in the browser: {saved.ElapsedMilliseconds} ms (including the 60 ms settle time)");
            await Assertions.Expect(document.GetByText("Een zin die er net bij kwam.")).ToBeVisibleAsync(new() { Timeout = 20_000 });

            // Break the YAML: the error is in the page, with the line it points at; the last good page stays below it.
            var yml = Path.Combine(tree.ContentRoot, "documenten", "nota", "document.yml");
            var good = await File.ReadAllTextAsync(yml);
            await File.WriteAllTextAsync(yml, good + "\nstatuss: concept\n");
            var errors = page.Locator(".fouten");
            await Assertions.Expect(errors).ToContainTextAsync("IBP003", new() { Timeout = 20_000 });
            await Assertions.Expect(errors.Locator("pre")).ToContainTextAsync("statuss: concept");
            await Assertions.Expect(errors).ToContainTextAsync("bedoelde u 'status'?");
            await Assertions.Expect(document.Locator("h1")).ToContainTextAsync("Een proefnota");

            // Fix it: the error goes.
            await File.WriteAllTextAsync(yml, good);
            await Assertions.Expect(page.Locator(".fouten")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        }
    }

    [Fact]
    public async Task The_PDF_Should_be_served_and_the_web_page_Should_not_wait_for_it()
    {
        using var tree = new ContentTree();
        await using var server = await StartAsync(tree);
        using var http = new HttpClient { BaseAddress = server.Url };

        var web = Stopwatch.StartNew();
        var page = await http.GetStringAsync("d/nota/web");
        var webMs = web.ElapsedMilliseconds;
        var pdfTime = Stopwatch.StartNew();
        var pdf = await http.GetByteArrayAsync("d/nota/pdf");
        var first = pdfTime.ElapsedMilliseconds;
        pdfTime.Restart();
        var again = await http.GetByteArrayAsync("d/nota/pdf");
        output.WriteLine($"web page {webMs} ms; first PDF {first} ms (starts the browser); unchanged PDF again {pdfTime.ElapsedMilliseconds} ms");

        Assert.Contains("Een proefnota", page, StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal(pdf, again);
    }

    [Fact]
    public async Task A_broken_document_Should_keep_its_last_good_page_and_not_hold_up_the_others()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody, id: "tweede");
        await using var server = await StartAsync(tree);
        using var http = new HttpClient { BaseAddress = server.Url };

        var seen = server.Version;
        await File.AppendAllTextAsync(Path.Combine(tree.ContentRoot, "documenten", "tweede", "document.yml"), "\nstatuss: concept\n");
        await File.AppendAllTextAsync(Path.Combine(tree.ContentRoot, "documenten", "nota", "tekst.md"), "\n\nDeze zin kwam erbij terwijl de tweede stuk was.\n");
        await server.RebuildAsync(); // as the watcher would; waiting on it keeps the test exact
        Assert.True(server.Version > seen);

        Assert.Contains("Deze zin kwam erbij terwijl de tweede stuk was.", await http.GetStringAsync("d/nota/web"), StringComparison.Ordinal);
        Assert.Contains("Een proefnota", await http.GetStringAsync("d/tweede/web"), StringComparison.Ordinal);
        var index = await http.GetStringAsync("");
        Assert.Contains("IBP003", index, StringComparison.Ordinal);
        Assert.Contains("/d/tweede", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/d/../../../../etc/passwd")]
    [InlineData("/d/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/d/..%2f..%2f..%2fetc%2fpasswd/web")]
    [InlineData("//etc/passwd")]
    [InlineData("/d/nota/../../../../etc/passwd")]
    [InlineData("/d/buiten/web")]
    [InlineData("/d/nota/document.yml")]
    [InlineData("/d/nota/tekst.md")]
    public async Task A_path_that_is_not_a_page_Should_be_404_and_read_no_file(string path)
    {
        using var tree = new ContentTree();
        Directory.CreateSymbolicLink(Path.Combine(tree.ContentRoot, "documenten", "buiten"), "/etc");
        await using var server = await StartAsync(tree);

        // Raw bytes on a socket: HttpClient would tidy the path before sending it.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Url.Port}\r\nConnection: close\r\n\r\n"));
        var answer = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 4", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("kenmerk:", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_another_host_name_Should_be_refused()
    {
        using var tree = new ContentTree();
        await using var server = await StartAsync(tree);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + "d/nota/web");
        request.Headers.Host = "rebinding.example:" + server.Url.Port;

        using var response = await http.SendAsync(request);

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("Een proefnota", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", server.Url.Host);
    }
}
