using InfoBladPublisher.Common;
using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;

namespace InfoBladPublisher.Pipeline;

/// <param name="Documents">The ids to render; the whole content set is still loaded and checked, for links and datasets.</param>
public sealed record RenderOptions(string ContentRoot, string TemplateRoot, string NodeModules, string ChromiumPath, string OutputFolder, IReadOnlyList<string> Documents, bool Pdf, bool Html);

/// <summary>
/// <c>infoblad render</c>: the named documents as PDF and/or web page in a plain folder, without a release. The
/// PDF is written even when the layout gate objects, so the editor can look at the page it names.
/// </summary>
public static class RenderPipeline
{
    /// <returns>Every diagnostic, and the files written.</returns>
    public static async Task<(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written)> RunAsync(RenderOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var written = new List<string>();
        var markdown = new MarkdownEngine();
        var workspace = Workspace.Open(options.ContentRoot, options.TemplateRoot, PublishOptions.FontsFolderIn(options.NodeModules));
        var loaded = LoadStage.Run(workspace, markdown, diagnostics);
        using (loaded?.Style)
        {
            var html = loaded is null ? null : HtmlStage.Run(loaded, markdown, diagnostics);
            if (html is null)
            {
                return (diagnostics.ToSortedList(), written);
            }

            var known = html.Documents.Select(d => d.Document.Id).ToList();
            foreach (var id in options.Documents.Where(id => !known.Contains(id, StringComparer.Ordinal)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownDocument, SourcePosition.StartOf(workspace.Content.Display(Path.Combine(ContentLayout.DocumentsFolder, id))),
                    $"no document '{id}' in {ContentLayout.DocumentsFolder}/{DidYouMean.Hint(id, known)}");
            }

            var chosen = html with { Documents = html.Documents.Where(d => options.Documents.Contains(d.Document.Id, StringComparer.Ordinal)).ToList() };
            if (diagnostics.HasErrors)
            {
                return (diagnostics.ToSortedList(), written);
            }

            Directory.CreateDirectory(options.OutputFolder);
            if (options.Html)
            {
                written.AddRange(chosen.Documents.Select(d => Write(options.OutputFolder, d.Document.Id + ".html", System.Text.Encoding.UTF8.GetBytes(d.WebHtml))));
            }

            if (options.Pdf)
            {
                var publishLike = new PublishOptions(options.ContentRoot, options.TemplateRoot, options.NodeModules, options.OutputFolder, "render", options.ChromiumPath);
                var paginated = await Pagination.RunAsync(chosen, publishLike, diagnostics, cancellationToken).ConfigureAwait(false);
                written.AddRange((paginated?.Pdfs ?? new Dictionary<string, Rendering.Pdf.PdfResult>()).OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => Write(options.OutputFolder, p.Key + ".pdf", p.Value.Pdf)));
            }
        }

        return (diagnostics.ToSortedList(), written);
    }

    private static string Write(string folder, string name, byte[] content)
    {
        var target = Path.Combine(folder, name);
        WholeFile.Write(target, content);
        return target;
    }
}
