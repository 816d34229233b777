using System.Diagnostics;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// The stages in order, each taking the previous one's output and the one diagnostic bag: load (content and
/// model) → HTML (body and templates) → PDF (engine and layout gate) → release. The release is written only
/// when no stage reported an error.
/// </summary>
public sealed class PublishPipeline
{
    private readonly MarkdownEngine _markdown = new();

    /// <param name="log">Plain lines: what was checked, and one line per finished document unless <paramref name="progress"/> takes them.</param>
    /// <param name="progress">Told of each finished document instead, for a live display.</param>
    public async Task<PublishResult> RunAsync(PublishOptions options, TextWriter log, Action<DocumentDone>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!ReleaseVersion.Check(options.Version, diagnostics))
        {
            return Failed(diagnostics, total);
        }

        var loaded = LoadStage.Run(Workspace.Open(options.ContentRoot, options.TemplateRoot, options.FontsFolder), _markdown, diagnostics);
        using (loaded?.Style)
        {
            var html = loaded is null ? null : HtmlStage.Run(loaded, _markdown, diagnostics);
            if (html is null)
            {
                return Failed(diagnostics, total);
            }

            log.WriteLine($"checked {html.Documents.Count} documents; rendering PDF with {options.Engine}");
            var lines = TextWriter.Synchronized(log);
            var paginated = await Pagination.RunAsync(html, options, diagnostics, cancellationToken, progress ?? (done => lines.WriteLine("  " + done))).ConfigureAwait(false);
            if (paginated is null || diagnostics.HasErrors)
            {
                // Only the layout gate's refusals leave pages to look at; other failures leave nothing behind.
                var layout = diagnostics.ToSortedList().Any(d => DiagnosticCodes.IsLayout(d.Code));
                var rejected = layout && paginated is not null ? RejectedPages.Write(options.ReleasesRoot, options.Version, paginated.Pdfs) : null;
                return Failed(diagnostics, total) with { RejectedPath = rejected };
            }

            var path = ReleaseStage.Run(paginated, options.ReleasesRoot, options.Version, diagnostics);
            if (path is null)
            {
                return Failed(diagnostics, total);
            }

            var timings = paginated.Pdfs.Select(p => new DocumentTiming(p.Key, p.Value.PageCount, p.Value.Elapsed, p.Value.FromCache)).OrderBy(t => t.DocumentId, StringComparer.Ordinal).ToList();
            return new PublishResult(path, diagnostics.ToSortedList(), timings, total.Elapsed);
        }
    }

    private static PublishResult Failed(DiagnosticBag diagnostics, Stopwatch total) =>
        new(null, diagnostics.ToSortedList(), [], total.Elapsed);
}
