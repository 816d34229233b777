using System.Collections.Concurrent;
using System.Net;
using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Preview;

/// <summary>
/// <c>infoblad serve</c>: a preview on localhost (127.0.0.1 and [::1]) that rebuilds when content or templates change and reloads the
/// open page. Every response comes from memory: no URL maps to a file, so no path can reach outside the roots.
/// The web page is ready as soon as the HTML stage is; a PDF is made only when asked for, and made again only
/// when the files Typst reads for that document (its print data, layouts, images) changed.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly SemaphoreSlim _engineGate = new(1, 1);
    private readonly ConcurrentDictionary<string, Lazy<Task<(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics)>>> _pdfs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<HttpListenerResponse, byte> _listeners = new();
    private readonly Common.ConfinedDirectory[] _roots;
    private readonly RenderCache _cache = new();
    // The INTERN view's own cache (its keys carry the mode as well): its pages never serve a public view.
    private readonly RenderCache _internCache = new();
    private readonly SemaphoreSlim _internGate = new(1, 1);
    private (int Version, HtmlStage.Output? Html, IReadOnlyList<Diagnostic> Diagnostics) _intern = (-1, null, []);
    private ContentWatcher? _watcher;
    private Ipv6LoopbackRelay? _ipv6;
    private IPagedMediaEngine? _engine;
    private Task _loop = Task.CompletedTask;
    private volatile PreviewState _state = PreviewState.Empty;

    private PreviewServer(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _roots = [new(options.ContentRoot, options.ContentRoot), new(options.TemplateRoot, options.TemplateRoot)];
        Url = new Uri($"http://127.0.0.1:{options.Port}/");
    }

    public Uri Url { get; }

    /// <summary>Every address it answers on: localhost first, as editors type it.</summary>
    public IReadOnlyList<Uri> Urls { get; private set; } = [];

    /// <summary>Counts the rebuilds so far; an open page reloads when it sees a newer one.</summary>
    public int Version => _state.Version;

    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log)
    {
        var server = new PreviewServer(options, log);
        await server.RebuildAsync().ConfigureAwait(false);
        // The listener answers only requests whose Host is one of these prefixes', so a page elsewhere that
        // points a name at 127.0.0.1 (DNS rebinding) gets nothing back.
        var prefixes = LoopbackHosts.Prefixes(options.Port);
        foreach (var prefix in prefixes)
        {
            server._listener.Prefixes.Add(prefix);
        }

        server._listener.Start();
        server._ipv6 = Ipv6LoopbackRelay.TryStart(options.Port);
        server.Urls = [.. prefixes.Select(p => new Uri(p)).OrderBy(u => u.Host != "localhost"), .. server._ipv6 is null ? Array.Empty<Uri>() : [new Uri($"http://[::1]:{options.Port}/")]];
        server._watcher = new ContentWatcher([options.ContentRoot, options.TemplateRoot], () => _ = server.RebuildAsync());
        server._loop = Task.Run(server.AcceptAsync);
        return server;
    }

    /// <summary>Load, check and render the HTML of everything again, then tell the open pages.</summary>
    public async Task RebuildAsync()
    {
        await _rebuild.WaitAsync().ConfigureAwait(false);
        try
        {
            var diagnostics = new DiagnosticBag();
            var html = CheckPipeline.Render(_options.ContentRoot, _options.TemplateRoot, _options.NodeModules, diagnostics, _cache, partial: true);
            var found = diagnostics.ToSortedList();
            _state = _state.Next(html, found);
            _log.WriteLine(Rebuilt(_state.Version, html?.Documents.Count ?? 0, _cache.Reused, found.Count(d => d.Severity == Severity.Error)).In(_options.Language));
        }
        finally
        {
            _rebuild.Release();
        }

        await NotifyAsync(_state.Version).ConfigureAwait(false);
    }

    /// <summary>The console's line after each rebuild: "opnieuw opgebouwd (3): 4 documenten (3 ongewijzigd), 1 fout".</summary>
    private static Wording Rebuilt(int version, int documents, int reused, int errors)
    {
        var made = CountedNoun.Documents.Of(documents);
        return new(
            $"opnieuw opgebouwd ({version}): {made.Nl} ({reused} ongewijzigd), {errors} {(errors == 1 ? "fout" : "fouten")}",
            $"rebuilt ({version}): {made.En} ({reused} unchanged), {errors} error(s)");
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                await SendAsync(response, 405, "text/plain", "method not allowed"u8.ToArray()).ConfigureAwait(false);
                return;
            }

            await RouteAsync(request.Url!.AbsolutePath, request.QueryString["weergave"], response).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response.
        }
    }

    private async Task RouteAsync(string path, string? view, HttpListenerResponse response)
    {
        var state = _state;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case []:
                await SendHtmlAsync(response, PreviewPages.Index(state, SourceLine)).ConfigureAwait(false);
                return;
            case ["preview.js"]:
                await SendAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewPages.Script)).ConfigureAwait(false);
                return;
            case ["events"]:
                await ListenAsync(response, state.Version).ConfigureAwait(false);
                return;
            case ["d", var id] when state.Find(id) is not null && view is PreviewPages.InternView or PreviewPages.InternPdfView:
                // What only the internal build finds (such as a character the fonts lack inside a Woo mark) is shown here too.
                var internOnly = (await InternAsync(state, id).ConfigureAwait(false)).Diagnostics.Except(state.Diagnostics);
                var internPdfDiagnostics = view == PreviewPages.InternPdfView ? (await InternPdfAsync(state, id).ConfigureAwait(false)).Diagnostics : [];
                await SendHtmlAsync(response, PreviewPages.Document(state, id, view, [.. internOnly, .. internPdfDiagnostics], SourceLine)).ConfigureAwait(false);
                return;
            case ["d", var id, PreviewPages.InternView] when state.Find(id) is not null:
                await ((await InternAsync(state, id).ConfigureAwait(false)).Rendered is { } intern
                    ? SendAsync(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(intern.WebHtml))
                    : SendAsync(response, 500, "text/plain; charset=utf-8", "De INTERN-weergave kon niet worden gemaakt; zie de fouten boven dit venster."u8.ToArray())).ConfigureAwait(false);
                return;
            case ["d", var id, PreviewPages.InternPdfFile] when state.Find(id) is not null:
                var (internPdf, _) = await InternPdfAsync(state, id).ConfigureAwait(false);
                await (internPdf is null
                    ? SendAsync(response, 500, "text/plain; charset=utf-8", "De INTERN-PDF kon niet worden gemaakt; zie de fouten boven dit venster."u8.ToArray())
                    : SendAsync(response, 200, "application/pdf", internPdf)).ConfigureAwait(false);
                return;
            case ["d", var id] when state.Find(id) is not null:
                var pdfDiagnostics = view == "pdf" ? (await PdfAsync(state, id).ConfigureAwait(false)).Diagnostics : [];
                await SendHtmlAsync(response, PreviewPages.Document(state, id, view == "pdf" ? "pdf" : "web", pdfDiagnostics, SourceLine)).ConfigureAwait(false);
                return;
            case ["d", var id, "web"] when state.Find(id) is { } rendered:
                await SendAsync(response, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(rendered.WebHtml)).ConfigureAwait(false);
                return;
            case ["d", var id, "pdf"] when state.Find(id) is not null:
                var (pdf, _) = await PdfAsync(state, id).ConfigureAwait(false);
                await (pdf is null
                    ? SendAsync(response, 500, "text/plain; charset=utf-8", "De PDF kon niet worden gemaakt; zie de fouten boven dit venster."u8.ToArray())
                    : SendAsync(response, 200, "application/pdf", pdf)).ConfigureAwait(false);
                return;
            default:
                response.StatusCode = 404;
                await SendHtmlAsync(response, PreviewPages.NotFound(state), 404).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>
    /// The document as the internal build shows it (Woo passages visible and highlighted, INTERN at the top), made
    /// only when asked for, once per rebuild, in memory: nothing is written, and the public pages are never touched.
    /// </summary>
    private async Task<(HtmlStage.Output? Html, RenderedDocument? Rendered, IReadOnlyList<Diagnostic> Diagnostics)> InternAsync(PreviewState state, string id)
    {
        await _internGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_intern.Version != state.Version)
            {
                var diagnostics = new DiagnosticBag();
                var html = CheckPipeline.Render(_options.ContentRoot, _options.TemplateRoot, _options.NodeModules, diagnostics, _internCache, partial: true, redaction: Redaction.RedactionMode.Intern);
                _intern = (state.Version, html, diagnostics.ToSortedList());
            }

            return (_intern.Html, _intern.Html?.Documents.FirstOrDefault(d => d.Document.Id == id), _intern.Diagnostics);
        }
        finally
        {
            _internGate.Release();
        }
    }

    /// <summary>The internal build's PDF (INTERN on every page), in memory; its key is apart from the public PDF's.</summary>
    private async Task<(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics)> InternPdfAsync(PreviewState state, string id)
    {
        var (html, rendered, _) = await InternAsync(state, id).ConfigureAwait(false);
        if (html is null || rendered is null)
        {
            return (null, []);
        }

        var key = "intern:" + id + ":" + rendered.Print.Fingerprint();
        return await _pdfs.GetOrAdd(key, _ => new Lazy<Task<(byte[]?, IReadOnlyList<Diagnostic>)>>(() => MakePdfAsync(html, rendered))).Value.ConfigureAwait(false);
    }

    /// <summary>The document's PDF and what the layout gate said, made once per version of what Typst reads for it.</summary>
    private Task<(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics)> PdfAsync(PreviewState state, string id)
    {
        var rendered = state.Find(id)!;
        var key = "public:" + id + ":" + rendered.Print.Fingerprint();
        return _pdfs.GetOrAdd(key, _ => new Lazy<Task<(byte[]?, IReadOnlyList<Diagnostic>)>>(() => MakePdfAsync(state.Html!, rendered))).Value;
    }

    private async Task<(byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics)> MakePdfAsync(HtmlStage.Output html, RenderedDocument rendered)
    {
        var diagnostics = new DiagnosticBag();
        var engine = await EngineAsync(diagnostics).ConfigureAwait(false);
        if (engine is null)
        {
            return (null, diagnostics.ToSortedList());
        }

        var one = html with { Documents = [rendered] };
        var output = await PdfStage.RunAsync(one, engine, 1, diagnostics, _stop.Token).ConfigureAwait(false);
        return (output.Pdfs.TryGetValue(rendered.Document.Id, out var pdf) ? pdf.Pdf : null, diagnostics.ToSortedList());
    }

    /// <summary>One engine for the whole session, started at the first PDF; it reads the assets of the latest rebuild.</summary>
    private async Task<IPagedMediaEngine?> EngineAsync(DiagnosticBag diagnostics)
    {
        await _engineGate.WaitAsync().ConfigureAwait(false);
        try
        {
            _engine ??= await PagedMediaEngines.StartAsync(PagedMediaEngines.Default, new EngineOptions(_options.NodeModules, TimeSpan.FromMinutes(3))).ConfigureAwait(false);
            return _engine;
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Wording);
            return null;
        }
        finally
        {
            _engineGate.Release();
        }
    }

    /// <summary>Server-sent events: the version now, then each new one, until the page goes away.</summary>
    private async Task ListenAsync(HttpListenerResponse response, int version)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        await WriteEventAsync(response, version).ConfigureAwait(false);
        _listeners[response] = 0;
    }

    private async Task NotifyAsync(int version)
    {
        foreach (var response in _listeners.Keys)
        {
            try
            {
                await WriteEventAsync(response, version).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                _listeners.TryRemove(response, out _);
            }
        }
    }

    private static async Task WriteEventAsync(HttpListenerResponse response, int version)
    {
        var bytes = Encoding.UTF8.GetBytes($"data: {version}\n\n");
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        await response.OutputStream.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The line a diagnostic points at, read only from inside the content or template root.</summary>
    /// <summary>
    /// The line a diagnostic names, read through the confinement of its root like any other read: a diagnostic
    /// may name a link out of the tree or a FIFO, and its path is never trusted.
    /// </summary>
    private string? SourceLine(Diagnostic diagnostic)
    {
        var full = Path.GetFullPath(diagnostic.Position.File);
        foreach (var root in _roots)
        {
            var relative = Path.GetRelativePath(root.FullPath, full);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            var bytes = root.TryReadBytes(relative, Common.Limits.BodyFileBytes, out _);
            var lines = bytes is null ? [] : Common.ConfinedDirectory.Decode(bytes).Split('\n');
            return diagnostic.Position.Line >= 1 && diagnostic.Position.Line <= lines.Length ? lines[diagnostic.Position.Line - 1].TrimEnd() : null;
        }

        return null;
    }

    private static Task SendHtmlAsync(HttpListenerResponse response, string html, int status = 200)
    {
        response.Headers["Content-Security-Policy"] = PreviewPages.Policy;
        return SendAsync(response, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private static async Task SendAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.LongLength;
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        foreach (var response in _listeners.Keys)
        {
            try
            {
                response.Abort();
            }
            catch (ObjectDisposedException)
            {
                // already gone
            }
        }

        if (_ipv6 is not null)
        {
            await _ipv6.DisposeAsync().ConfigureAwait(false);
        }

        _listener.Close();
        await _loop.ConfigureAwait(false);
        if (_engine is not null)
        {
            await _engine.DisposeAsync().ConfigureAwait(false);
        }

        _rebuild.Dispose();
        _engineGate.Dispose();
        _internGate.Dispose();
        _stop.Dispose();
    }
}
