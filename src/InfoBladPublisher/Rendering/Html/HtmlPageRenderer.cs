using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Markdown;
using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>The render-HTML stage: Markdown body plus metadata through the type's layout, for one medium.</summary>
internal sealed class HtmlPageRenderer
{
    /// <summary>The URL under which print pages find an organisation's own logo.</summary>
    public const string OrganisationLogoPrefix = "logo/";

    public const string PlaceholderLogo = "img/logo-placeholder.svg";

    /// <summary>Where the print page finds an organisation's own logo; the PDF stage serves it there.</summary>
    public static string LogoUrlPath(string organisationId, LogoFile logo) => OrganisationLogoPrefix + organisationId + logo.Extension;

    /// <summary>What the print page links to that the engine cannot find among the assets: the sender's own logo.</summary>
    public static IReadOnlyDictionary<string, byte[]> PrintFiles(Document doc) =>
        doc.Afzender.Logo is { } logo
            ? new Dictionary<string, byte[]>(StringComparer.Ordinal) { [LogoUrlPath(doc.Afzender.Id, logo)] = logo.Bytes }
            : new Dictionary<string, byte[]>(StringComparer.Ordinal);

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


    public string? Render(Document doc, Medium medium, SourcePosition metadataPosition, DiagnosticBag diagnostics)
    {
        var linker = new AssetLinker(_assets, medium);
        var body = _markdown.Render(doc.Body, medium);
        var notes = _markdown.RenderNotes(doc.Body, medium);
        var model = TemplateModel.For(doc, medium, body, notes, linker, LogoUrl(doc.Afzender, medium, linker));
        var html = _templates.Render(doc.Meta.Type.Name, model, metadataPosition, diagnostics);
        var layout = SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, doc.Meta.Type.Name + TemplateLayout.Extension)));
        IReadOnlyList<string> required = medium == Medium.Web ? [body, .. notes] : [body];
        html = html is null ? null : PageFinisher.Finish(RedactionStyle.Apply(ConceptStyle.Apply(html, medium, doc.Meta.IsConcept), medium, _intern, doc.Meta.Redactions.Count > 0), required, medium, layout, diagnostics);
        foreach (var missing in linker.Missing)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, doc.Meta.Type.Name + TemplateLayout.Extension))),
                $"asset '{missing}' does not exist under {_templates.Root.Display(TemplateLayout.AssetsFolder)}/ or the bundled fonts");
        }

        return linker.Missing.Count > 0 ? null : html;
    }

    private static string LogoUrl(Organisation organisation, Medium medium, AssetLinker linker)
    {
        if (organisation.Logo is not { } logo)
        {
            return linker.Url(PlaceholderLogo);
        }

        return medium == Medium.Print
            ? LogoUrlPath(organisation.Id, logo)
            : MediaTypes.DataUri(logo.Extension, logo.Bytes);
    }
}
