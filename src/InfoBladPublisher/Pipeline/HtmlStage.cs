using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Rendering.Body;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Rendering.Print;
using InfoBladPublisher.Templates;

namespace InfoBladPublisher.Pipeline;

/// <summary>Body and templating: charts drawn, each document's web page through its layout, and its print data for Typst.</summary>
internal static class HtmlStage
{
    public sealed record Output(HouseStyle Style, IReadOnlyList<RenderedDocument> Documents);

    /// <param name="cache">The preview's: documents whose inputs did not change keep their pages.</param>
    /// <param name="partial">For the preview: return the documents that rendered even when others did not.</param>
    /// <param name="stored">Publish's: pages of earlier runs on disk, by the hash of every input.</param>
    /// <param name="only">Render's: the documents to make; the others are loaded and checked, not templated.</param>
    /// <param name="web">False when only the print data is wanted (render --pdf): no web page is made.</param>
    public static Output? Run(LoadStage.Output loaded, MarkdownEngine markdown, DiagnosticBag diagnostics, RenderCache? cache = null, bool partial = false, HtmlCache? stored = null,
        IReadOnlySet<string>? only = null, bool web = true)
    {
        var (workspace, content, style) = loaded;
        cache?.BeginRun(workspace, content.Documents.Select(d => d.Id));
        stored?.BeginRun(workspace, content.Documents.Select(d => d.Id));
        var intern = loaded.Workspace.Redaction == Redaction.RedactionMode.Intern;
        var renderer = new HtmlPageRenderer(markdown, style.Templates, style.Assets, intern);
        var rendered = new List<RenderedDocument>();
        foreach (var doc in content.Documents.Where(d => only is null || only.Contains(d.Id)))
        {
            var folder = Path.Combine(ContentLayout.DocumentsFolder, doc.Id);
            var position = SourcePosition.StartOf(workspace.Content.Display(Path.Combine(folder, ContentLayout.MetadataFile)));
            var bodyFile = workspace.Content.Display(Path.Combine(folder, ContentLayout.BodyFile));
            if (!style.Templates.HasLayout(doc.Meta.Type.Name))
            {
                diagnostics.Report(DiagnosticCodes.TemplateMissing, position, $"geen opmaak '{doc.Meta.Type.Name}' in {workspace.Templates.Display(TemplateLayout.LayoutsFolder)}/ (verwacht: {doc.Meta.Type.Name}{TemplateLayout.Extension})", $"no layout '{doc.Meta.Type.Name}' in {workspace.Templates.Display(TemplateLayout.LayoutsFolder)}/ (expected {doc.Meta.Type.Name}{TemplateLayout.Extension})");
                continue;
            }

            if (!style.Print.HasLayout(doc.Meta.Type.Name))
            {
                diagnostics.Report(DiagnosticCodes.TemplateMissing, position, $"geen drukopmaak '{doc.Meta.Type.Name}' in {workspace.Templates.Display(PrintLayouts.Folder)}/ (verwacht: {doc.Meta.Type.Name}{PrintLayouts.Extension})", $"no print layout '{doc.Meta.Type.Name}' in {workspace.Templates.Display(PrintLayouts.Folder)}/ (expected {doc.Meta.Type.Name}{PrintLayouts.Extension})");
                continue;
            }

            var key = cache is null ? string.Empty : cache.KeyOf(doc, workspace);
            if (cache?.Find(doc.Id, key) is { } kept)
            {
                rendered.Add(kept with { Document = doc });
                continue;
            }

            var storedKey = stored?.KeyOf(doc, workspace);
            var onDiskPage = storedKey is null ? null : stored!.TryGet(storedKey);
            var before = diagnostics.Count;
            if (style.Charts is not null && !ChartDrawer.Draw(doc.Body, bodyFile, style.Charts, diagnostics))
            {
                continue;
            }

            var print = PrintSource.For(doc, style.Print, style.Tokens, style.Assets, intern);
            if (onDiskPage is not null)
            {
                // A page is stored only when its document gave no diagnostic at all, and the key holds every byte the
                // checks below read (its files, templates, fonts, this build): they would find nothing again. Skipping
                // them is what lets a rebuild's cost follow what changed (issue 32).
                rendered.Add(new RenderedDocument(doc, position, bodyFile, print, string.Empty) { WebStored = onDiskPage });
                continue;
            }

            // Both run, whatever the other found: a word too wide and a character the fonts lack are two mistakes, one round.
            var wordsFit = style.Column is null || WordFitCheck.Run(doc, bodyFile, style.Column, diagnostics);
            var glyphsFound = style.Glyphs is null || GlyphCheck.Run(doc, print, style.Glyphs, workspace.Content, diagnostics);
            if (!wordsFit || !glyphsFound)
            {
                continue;
            }

            if (!web)
            {
                rendered.Add(new RenderedDocument(doc, position, bodyFile, print, string.Empty));
                continue;
            }

            var page = renderer.Render(doc, position, diagnostics);
            if (page is not null)
            {
                var done = new RenderedDocument(doc, position, bodyFile, print, page);
                if (!TextAgreement.Check(done.SourceText, PageText.Of(page), TextAgreement.WebPage, position, diagnostics))
                {
                    continue;
                }

                cache?.Keep(key, done);
                if (storedKey is not null && diagnostics.Count == before && stored!.Put(storedKey, page) is { } onDisk)
                {
                    done = done with { WebHtml = string.Empty, WebStored = onDisk };
                }

                rendered.Add(done);
            }
        }

        return diagnostics.HasErrors && !partial ? null : new Output(style, rendered);
    }
}
