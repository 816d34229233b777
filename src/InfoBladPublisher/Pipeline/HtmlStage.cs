using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Rendering.Body;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Templates;

namespace InfoBladPublisher.Pipeline;

/// <summary>Body and templating: charts drawn, Markdown and notes rendered, each document through its layout for print and web.</summary>
internal static class HtmlStage
{
    public sealed record Output(HouseStyle Style, IReadOnlyList<RenderedDocument> Documents);

    /// <param name="cache">The preview's: documents whose inputs did not change keep their pages.</param>
    /// <param name="partial">For the preview: return the documents that rendered even when others did not.</param>
    /// <param name="stored">Publish's: pages of earlier runs on disk, by the hash of every input.</param>
    public static Output? Run(LoadStage.Output loaded, MarkdownEngine markdown, DiagnosticBag diagnostics, RenderCache? cache = null, bool partial = false, HtmlCache? stored = null)
    {
        var (workspace, content, style) = loaded;
        cache?.BeginRun(workspace, content.Documents.Select(d => d.Id));
        stored?.BeginRun(workspace, content.Documents.Select(d => d.Id));
        var renderer = new HtmlPageRenderer(markdown, style.Templates, style.Assets, loaded.Workspace.Redaction == Redaction.RedactionMode.Intern);
        var rendered = new List<RenderedDocument>();
        foreach (var doc in content.Documents)
        {
            var folder = Path.Combine(ContentLayout.DocumentsFolder, doc.Id);
            var position = SourcePosition.StartOf(workspace.Content.Display(Path.Combine(folder, ContentLayout.MetadataFile)));
            var bodyFile = workspace.Content.Display(Path.Combine(folder, ContentLayout.BodyFile));
            if (!style.Templates.HasLayout(doc.Meta.Type.Name))
            {
                diagnostics.Report(DiagnosticCodes.TemplateMissing, position, $"no layout '{doc.Meta.Type.Name}' in {workspace.Templates.Display(TemplateLayout.LayoutsFolder)}/ (expected {doc.Meta.Type.Name}{TemplateLayout.Extension})");
                continue;
            }

            var key = cache is null ? string.Empty : cache.KeyOf(doc, workspace);
            if (cache?.Find(doc.Id, key) is { } kept)
            {
                rendered.Add(kept with { Document = doc });
                continue;
            }

            var storedKey = stored?.KeyOf(doc, workspace);
            if (storedKey is not null && stored!.TryGet(storedKey) is { } pages)
            {
                rendered.Add(new RenderedDocument(doc, position, bodyFile, pages.Print, string.Empty, HtmlPageRenderer.PrintFiles(doc)) { WebStored = pages.Web });
                continue;
            }

            var before = diagnostics.Count;
            if (style.Charts is not null && !ChartDrawer.Draw(doc.Body, bodyFile, style.Charts, diagnostics))
            {
                continue;
            }

            var print = renderer.Render(doc, Medium.Print, position, diagnostics);
            var web = renderer.Render(doc, Medium.Web, position, diagnostics);
            if (print is not null && web is not null)
            {
                var page = new RenderedDocument(doc, position, bodyFile, print, web, HtmlPageRenderer.PrintFiles(doc));
                cache?.Keep(key, page);
                if (storedKey is not null && diagnostics.Count == before && stored!.Put(storedKey, print, web) is { } onDisk)
                {
                    page = page with { WebHtml = string.Empty, WebStored = onDisk };
                }

                rendered.Add(page);
            }
        }

        return diagnostics.HasErrors && !partial ? null : new Output(style, rendered);
    }
}
