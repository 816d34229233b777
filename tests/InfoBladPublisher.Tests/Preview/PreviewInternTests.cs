using System.Net;
using System.Net.Sockets;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Preview;
using InfoBladPublisher.Redaction;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Preview;

/// <summary>
/// The preview's INTERN switch: the document as the internal build shows it, so a withheld passage can be
/// proof-read, marked INTERN, never stored by a browser, never written anywhere, never served as the public page.
/// </summary>
public sealed class PreviewInternTests
{
    private const string Withheld = "mr. A. Voorbeeld-Lakpersoon";

    private static readonly string Body = ContentTree.NotaBody + $"\n\nHet gesprek met {{lak 5.1.2e}}{Withheld}{{/lak}} gaf aanleiding tot deze nota.\n";

    [Fact]
    public async Task The_INTERN_view_Should_show_the_withheld_passage_and_the_public_view_Should_not()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, Body);
        var before = Entries(tree.Root);
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Url };

        var publicBefore = await http.GetStringAsync("d/nota/web");
        using var intern = await http.GetAsync("d/nota/intern");
        using var frame = await http.GetAsync("d/nota?weergave=intern");
        var publicAfter = await http.GetStringAsync("d/nota/web");

        Assert.Equal(HttpStatusCode.OK, intern.StatusCode);
        var internPage = await intern.Content.ReadAsStringAsync();
        Assert.Contains(Withheld, internPage, StringComparison.Ordinal);
        Assert.Contains("class=\"lak", internPage, StringComparison.Ordinal);
        Assert.Contains("INTERN", internPage, StringComparison.Ordinal);
        var framePage = await frame.Content.ReadAsStringAsync();
        Assert.Contains("INTERN · niet openbaar", framePage, StringComparison.Ordinal);
        Assert.Contains("src=\"/d/nota/intern\"", framePage, StringComparison.Ordinal);
        Assert.True(intern.Headers.CacheControl?.NoStore, "the INTERN page must not be stored by the browser");
        Assert.True(frame.Headers.CacheControl?.NoStore, "the INTERN frame must not be stored by the browser");
        Assert.DoesNotContain(Withheld, publicBefore, StringComparison.Ordinal);
        Assert.DoesNotContain(Withheld, publicAfter, StringComparison.Ordinal);
        Assert.Contains("5.1.2e", publicAfter, StringComparison.Ordinal);
        Assert.Equal(before, Entries(tree.Root));
    }

    [Fact]
    public async Task The_INTERN_PDF_Should_show_the_withheld_passage_and_the_public_PDF_Should_not()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, Body);
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromMinutes(3) };

        using var intern = await http.GetAsync("d/nota/intern.pdf");
        var publicPdf = await http.GetByteArrayAsync("d/nota/pdf");
        var frame = await http.GetStringAsync("d/nota?weergave=intern-pdf");

        Assert.Equal(HttpStatusCode.OK, intern.StatusCode);
        Assert.Equal("application/pdf", intern.Content.Headers.ContentType?.MediaType);
        Assert.True(intern.Headers.CacheControl?.NoStore, "the INTERN PDF must not be stored by the browser");
        var internText = TextOf(await intern.Content.ReadAsByteArrayAsync());
        Assert.Contains(Rendering.PdfText.Squash(Withheld), internText, StringComparison.Ordinal);
        Assert.Contains("INTERN", internText, StringComparison.Ordinal);
        Assert.DoesNotContain(Rendering.PdfText.Squash(Withheld), TextOf(publicPdf), StringComparison.Ordinal);
        Assert.Contains("src=\"/d/nota/intern.pdf\"", frame, StringComparison.Ordinal);
        Assert.Contains("INTERN · niet openbaar", frame, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_INTERN_view_Should_show_what_only_the_internal_build_finds()
    {
        using var tree = new ContentTree();
        // The fonts lack ✓ in running text; inside a Woo mark only the internal build sets it.
        tree.Nota(ContentTree.NotaYaml, ContentTree.NotaBody + "\n\nAkkoord: {lak 5.1.2e}✓ door de heer X{/lak}.\n");
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, FreePort()), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Url };

        var publicFrame = await http.GetStringAsync("d/nota");
        var internFrame = await http.GetStringAsync("d/nota?weergave=intern");

        Assert.DoesNotContain("IBP074", publicFrame, StringComparison.Ordinal);
        Assert.Contains("IBP074", internFrame, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_page_Should_never_be_taken_from_the_cache_for_a_public_one()
    {
        using var tree = new ContentTree();
        tree.Nota(ContentTree.NotaYaml, Body);
        var cache = new RenderCache();
        var diagnostics = new DiagnosticBag();
        CheckPipeline.Render(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics, cache, redaction: RedactionMode.Intern);

        var shown = CheckPipeline.Render(tree.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, diagnostics, cache)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(0, cache.Reused);
        Assert.DoesNotContain(Withheld, shown.Documents.Single().WebHtml, StringComparison.Ordinal);
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(Rendering.PdfText.All));
    }

    private static List<string> Entries(string root) =>
        [.. Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
