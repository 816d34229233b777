using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Pipeline;

/// <param name="Stages">Where the time went, stage by stage (<c>render --timings</c>).</param>
public sealed record RenderResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, IReadOnlyList<StageTime> Stages);

/// <param name="Documents">The ids to render; the whole content set is still loaded and checked, for links and datasets.</param>
public sealed record RenderOptions(string ContentRoot, string TemplateRoot, string NodeModules, string OutputFolder, IReadOnlyList<string> Documents, bool Pdf, bool Html);

/// <summary>
/// <c>infoblad render</c>: the named documents as PDF and/or web page in a plain folder, without a release. The
/// PDF is written even when the layout gate objects, so the editor can look at the page it names.
/// </summary>
public static class RenderPipeline
{
    /// <returns>Every diagnostic, the files written, and where the time went.</returns>
    public static async Task<RenderResult> RunAsync(RenderOptions options, CancellationToken cancellationToken = default)
    {
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        var written = new List<string>();
        var publishLike = new PublishOptions(options.ContentRoot, options.TemplateRoot, options.NodeModules, options.OutputFolder, "render");
        var engine = Pagination.EngineFor(publishLike);
        try
        {
            if (options.Pdf)
            {
                // The compiler's worker starts beside loading and templating: most of a short render's wait.
                engine.StartEarly();
                Layout.PdfReaderWarmUp.Start();
            }

            await RenderAsync(options, publishLike, engine, diagnostics, written, clock, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await Pagination.CloseAsync(engine, clock).ConfigureAwait(false);
        }

        return new RenderResult(diagnostics.ToSortedList(), written, clock.Stages);
    }

    private static async Task RenderAsync(RenderOptions options, PublishOptions publishLike, LazyEngine engine, DiagnosticBag diagnostics, List<string> written, StageClock clock, CancellationToken cancellationToken)
    {
        var markdown = new MarkdownEngine();
        var workspace = Workspace.Open(options.ContentRoot, options.TemplateRoot, options.NodeModules);
        var loaded = LoadStage.Run(workspace, markdown, diagnostics);
        clock.Lap("load and check the content, datasets and templates");
        using (loaded?.Style)
        {
            if (loaded is null)
            {
                return;
            }

            var known = loaded.Content.Documents.Select(d => d.Id).ToList();
            foreach (var id in options.Documents.Where(id => !known.Contains(id, StringComparer.Ordinal)))
            {
                var hint = DidYouMean.Tail(id, known);
                diagnostics.Report(DiagnosticCodes.UnknownDocument, SourcePosition.StartOf(workspace.Content.Display(Path.Combine(ContentLayout.DocumentsFolder, id))),
                    $"geen document '{id}' in {ContentLayout.DocumentsFolder}/{hint.Nl}",
                    $"no document '{id}' in {ContentLayout.DocumentsFolder}/{hint.En}");
            }

            // Only the named documents are templated; the rest were loaded and checked, for links and datasets.
            var chosen = HtmlStage.Run(loaded, markdown, diagnostics, only: options.Documents.ToHashSet(StringComparer.Ordinal), web: options.Html);
            clock.Lap(options.Html ? "make the documents' web pages and print data" : "make the documents' print data");
            if (chosen is null || diagnostics.HasErrors)
            {
                return;
            }

            Directory.CreateDirectory(options.OutputFolder);
            if (options.Html)
            {
                written.AddRange(chosen.Documents.Select(d => Write(options.OutputFolder, d.Document.Id + ".html", System.Text.Encoding.UTF8.GetBytes(d.WebHtml))));
            }

            if (options.Pdf)
            {
                var paginated = await Pagination.RunAsync(chosen, publishLike, diagnostics, cancellationToken, engine: engine).ConfigureAwait(false);
                var pdfs = (paginated?.Pdfs ?? new Dictionary<string, PdfResult>()).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                written.AddRange(pdfs.Select(p => Write(options.OutputFolder, p.Key + ".pdf", p.Value.Pdf)));
                foreach (var (id, pdf) in pdfs)
                {
                    foreach (var (phase, elapsed) in pdf.Profile)
                    {
                        clock.Part($"{id}: {phase}", elapsed);
                    }
                }

                clock.Lap("PDF: layout and the layout gate");
            }
        }
    }

    private static string Write(string folder, string name, byte[] content)
    {
        var target = Path.Combine(folder, name);
        WholeFile.Write(target, content);
        return target;
    }
}
