using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>The web page of a document: Markdown body plus metadata through the type's layout.</summary>
internal sealed class HtmlPageRenderer
{
    public const string PlaceholderLogo = "img/logo-placeholder.svg";

    private readonly MarkdownEngine _markdown;
    private readonly TemplateSet _templates;
    private readonly AssetCatalog _assets;

    private readonly bool _intern;

    public HtmlPageRenderer(MarkdownEngine markdown, TemplateSet templates, AssetCatalog assets, bool intern = false)
    {
        _intern = intern;
        _markdown = markdown;
        _templates = templates;
        _assets = assets;
    }


    /// <summary>The document's standalone web page (fonts and images inlined), or null when it has errors (reported).</summary>
    public string? Render(Document doc, SourcePosition metadataPosition, DiagnosticBag diagnostics)
    {
        var linker = new AssetLinker(_assets);
        var body = _markdown.Render(doc.Body);
        var notes = _markdown.RenderNotes(doc.Body);
        var model = TemplateModel.For(doc, body, notes, linker, LogoUrl(doc.Afzender, linker));
        var html = _templates.Render(doc.Meta.Type.Name, model, metadataPosition, diagnostics);
        var layout = SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, doc.Meta.Type.Name + TemplateLayout.Extension)));
        html = html is null ? null : PageFinisher.Finish(RedactionStyle.Apply(ConceptStyle.Apply(html, doc.Meta.IsConcept), _intern, doc.Meta.Redactions.Count > 0), [body, .. notes], layout, diagnostics);
        foreach (var missing in linker.Missing)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, doc.Meta.Type.Name + TemplateLayout.Extension))),
                $"bestand '{missing}' bestaat niet onder {_templates.Root.Display(TemplateLayout.AssetsFolder)}/ of bij de meegeleverde lettertypen",
                $"asset '{missing}' does not exist under {_templates.Root.Display(TemplateLayout.AssetsFolder)}/ or the bundled fonts");
        }

        return linker.Missing.Count > 0 ? null : html;
    }

    private static string LogoUrl(Organisation organisation, AssetLinker linker) =>
        organisation.Logo is { } logo ? MediaTypes.DataUri(logo.Extension, logo.Bytes) : linker.Url(PlaceholderLogo);
}
