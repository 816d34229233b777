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

    public static Output? Run(LoadStage.Output loaded, MarkdownEngine markdown, DiagnosticBag diagnostics)
    {
        var (workspace, content, style) = loaded;
        var renderer = new HtmlPageRenderer(markdown, style.Templates, style.Assets);
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

            if (style.Charts is not null && !ChartDrawer.Draw(doc.Body, bodyFile, style.Charts, diagnostics))
            {
                continue;
            }

            var print = renderer.Render(doc, Medium.Print, position, diagnostics);
            var web = renderer.Render(doc, Medium.Web, position, diagnostics);
            if (print is not null && web is not null)
            {
                rendered.Add(new RenderedDocument(doc, position, bodyFile, print, web, HtmlPageRenderer.PrintFiles(doc)));
            }
        }

        return diagnostics.HasErrors ? null : new Output(style, rendered);
    }
}
