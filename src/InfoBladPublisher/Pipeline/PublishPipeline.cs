using System.Diagnostics;
using System.Text;
using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// load → validate → bind → render HTML → paginate to PDF → write the release. Each stage reports into one
/// diagnostic bag; the release is written only when no stage reported an error.
/// </summary>
public sealed class PublishPipeline
{
    public const string EngineName = "vivliostyle";

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MarkdownEngine _markdown = new();

    public async Task<PublishResult> RunAsync(PublishOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!ReleaseVersion.Check(options.Version, diagnostics))
        {
            return Failed(diagnostics, total);
        }

        var html = HtmlStage.Run(options.ContentRoot, options.TemplateRoot, options.FontsFolder, _markdown, diagnostics);
        if (html is null)
        {
            return Failed(diagnostics, total);
        }

        log.WriteLine($"checked {html.Documents.Count} documents; rendering PDF with {EngineName}");
        var browserOptions = new BrowserOptions(options.ChromiumPath, options.NodeModules, TimeSpan.FromMinutes(3));
        IReadOnlyDictionary<string, PdfResult> pdfs;
        var browser = await BrowserHost.StartAsync(browserOptions).ConfigureAwait(false);
        await using (browser.ConfigureAwait(false))
        {
            var engine = new VivliostyleEngine(browser, browserOptions, html.Assets.TryRead);
            await using (engine.ConfigureAwait(false))
            {
                pdfs = await PdfStage.RunAsync(engine, html.Documents, html.Assets.BundledFamilies(), options.Parallelism, diagnostics, cancellationToken).ConfigureAwait(false);
            }
        }

        if (diagnostics.HasErrors)
        {
            // Only the layout gate's refusals leave pages to look at; other failures leave nothing behind.
            var layout = diagnostics.ToSortedList().Any(d => DiagnosticCodes.IsLayout(d.Code));
            return Failed(diagnostics, total) with { RejectedPath = layout ? RejectedPages.Write(options.ReleasesRoot, options.Version, pdfs) : null };
        }

        var files = new List<ReleaseFile>();
        var manifestDocs = new List<ManifestDocument>();
        var entries = new List<IndexEntry>();
        foreach (var rendered in html.Documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal))
        {
            var doc = rendered.Document;
            var pdf = pdfs[doc.Id];
            var pdfFile = new ReleaseFile(doc.Id + ".pdf", pdf.Pdf);
            var htmlFile = new ReleaseFile(doc.Id + ".html", Encoding.UTF8.GetBytes(rendered.WebHtml));
            files.Add(pdfFile);
            files.Add(htmlFile);
            entries.Add(new IndexEntry(doc, pdfFile.Path, htmlFile.Path, pdf.PageCount));
            manifestDocs.Add(new ManifestDocument(doc.Id, doc.Meta.Type.Name, doc.Meta.Titel,
                DutchDate.Iso(doc.Meta.Datum), doc.Meta.Kenmerk, doc.Meta.Status,
                [
                    new ManifestFile(pdfFile.Path, "pdf", ReleaseWriter.Sha256(pdfFile.Content), pdfFile.Content.LongLength, pdf.PageCount),
                    new ManifestFile(htmlFile.Path, "html", ReleaseWriter.Sha256(htmlFile.Content), htmlFile.Content.LongLength, null),
                ],
                doc.Body.Datasets.Select(d => new ManifestDataset(d.Id, d.Versie, DutchDate.Iso(d.Peildatum), d.Fictief,
                    d.Files.Select(f => new ManifestSource(f.Path, f.Sha256)).ToList())).ToList()));
        }

        var index = new IndexPageRenderer(html.Templates, html.Assets).Render(options.Version, entries, diagnostics);
        if (index is null)
        {
            return Failed(diagnostics, total);
        }

        files.Add(new ReleaseFile("index.html", Encoding.UTF8.GetBytes(index)));
        var manifest = new ReleaseManifest(options.Version, "InfoBladPublisher", EngineName, manifestDocs);
        files.Add(new ReleaseFile("manifest.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(manifest, ManifestJson) + "\n")));

        string path;
        try
        {
            path = ReleaseWriter.Write(options.ReleasesRoot, options.Version, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the writer has already put the previous release back.
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourcePosition.StartOf(options.ReleasesRoot), $"the release could not be written ({ex.Message}); the previous release is untouched");
            return Failed(diagnostics, total);
        }

        var timings = pdfs.Select(p => new DocumentTiming(p.Key, p.Value.PageCount, p.Value.Elapsed)).OrderBy(t => t.DocumentId, StringComparer.Ordinal).ToList();
        return new PublishResult(path, diagnostics.ToSortedList(), timings, total.Elapsed);
    }

    private static PublishResult Failed(DiagnosticBag diagnostics, Stopwatch total) =>
        new(null, diagnostics.ToSortedList(), [], total.Elapsed);
}
