using InfoBladPublisher.Charts;
using InfoBladPublisher.Content;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Text;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Pipeline;

/// <summary>Load, validate and render HTML: everything short of the browser. Also what 'infoblad check' runs.</summary>
public static class HtmlStage
{
    public sealed record Output(ContentSet Content, TemplateSet Templates, AssetCatalog Assets, IReadOnlyList<RenderedDocument> Documents);

    public static Output? Run(string contentRoot, string templateRoot, string fontsFolder, MarkdownEngine markdown, DiagnosticBag diagnostics)
    {
        var (contentDir, templateDir) = Workspace.Open(contentRoot, templateRoot);
        if (!Directory.Exists(fontsFolder))
        {
            // One clear line instead of an error per font file: the npm packages are simply not installed.
            diagnostics.Error(DiagnosticCodes.MissingTool, SourcePosition.StartOf(fontsFolder), "the bundled fonts are missing; run 'npm ci' in the repository root (dotnet cake does this for you)");
            return null;
        }

        // Content and templates are checked side by side, so an editor sees every problem in one run.
        var tokens = Path.Combine(TemplateLayout.AssetsFolder, "css", "tokens.css");
        var tokensCss = templateDir.FileExists(tokens) ? templateDir.TryReadText(tokens, Limits.AssetFileBytes, diagnostics) : null;
        var charts = tokensCss is null ? null : new ChartEngine(fontsFolder, ChartPalette.FromTokens(tokensCss));
        using var woordmerk = tokensCss is null ? null : WoordmerkFit.Create(tokensCss, fontsFolder);
        var content = new ContentLoader(markdown, charts, woordmerk).Load(contentDir, diagnostics);
        var templates = TemplateSet.Load(templateDir, diagnostics);
        if (content is null || templates is null)
        {
            return null;
        }

        var assets = new AssetCatalog(templateDir, fontsFolder);
        var renderer = new HtmlPageRenderer(markdown, templates, assets);
        var rendered = new List<RenderedDocument>();
        foreach (var doc in content.Documents)
        {
            var position = SourcePosition.StartOf(contentDir.Display(Path.Combine(ContentLayout.DocumentsFolder, doc.Id, ContentLayout.MetadataFile)));
            var bodyFile = contentDir.Display(Path.Combine(ContentLayout.DocumentsFolder, doc.Id, ContentLayout.BodyFile));
            if (!templates.HasLayout(doc.Meta.Type.Name))
            {
                diagnostics.Error(DiagnosticCodes.TemplateMissing, position, $"no layout '{doc.Meta.Type.Name}' in {templateDir.Display(TemplateLayout.LayoutsFolder)}/ (expected {doc.Meta.Type.Name}{TemplateLayout.Extension})");
                continue;
            }

            var print = renderer.Render(doc, Medium.Print, position, diagnostics);
            var web = renderer.Render(doc, Medium.Web, position, diagnostics);
            if (print is not null && web is not null)
            {
                rendered.Add(new RenderedDocument(doc, position, bodyFile, print, web));
            }
        }

        return diagnostics.HasErrors ? null : new Output(content, templates, assets, rendered);
    }
}
