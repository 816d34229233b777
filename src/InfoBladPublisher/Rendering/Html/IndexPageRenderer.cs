using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Text;
using Scriban.Runtime;

namespace InfoBladPublisher.Rendering.Html;

/// <summary>The release's index.html: every document with its type, title, datum, kenmerk, formats and page count.</summary>
internal sealed class IndexPageRenderer
{
    private readonly TemplateSet _templates;
    private readonly AssetCatalog _assets;

    public IndexPageRenderer(TemplateSet templates, AssetCatalog assets)
    {
        _templates = templates;
        _assets = assets;
    }

    public string? Render(string version, IReadOnlyList<IndexEntry> entries, DiagnosticBag diagnostics)
    {
        var linker = new AssetLinker(_assets);
        var model = new ScriptObject
        {
            ["medium"] = "web",
            ["release"] = new ScriptObject { ["versie"] = version, ["concepten"] = entries.Count(e => e.Document.Meta.IsConcept) },
            ["documenten"] = new ScriptArray(entries
                .OrderBy(e => e.Document.Meta.Datum)
                .ThenBy(e => e.Document.Id, StringComparer.Ordinal)
                .Select(e => new ScriptObject
                {
                    ["id"] = e.Document.Id,
                    ["type"] = e.Document.Meta.Type.Name,
                    ["titel"] = e.Document.Meta.Titel,
                    ["datum"] = DutchDate.Format(e.Document.Meta.Datum),
                    ["datum_iso"] = DutchDate.Iso(e.Document.Meta.Datum),
                    ["kenmerk"] = e.Document.Meta.Kenmerk,
                    ["status"] = e.Document.Meta.Status,
                    ["geaccordeerd_door"] = e.Document.Meta.Accordering?.Door,
                    ["geaccordeerd_op"] = e.Document.Meta.Accordering is { } a ? DutchDate.Format(a.Op) : null,
                    ["pdf"] = e.PdfPath,
                    ["html"] = e.HtmlPath,
                    ["paginas"] = e.Pages,
                })),
        };
        linker.ExposeTo(model);
        var position = SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, TemplateLayout.IndexLayout + TemplateLayout.Extension)));
        var html = _templates.Render(TemplateLayout.IndexLayout, model, position, diagnostics);
        return html is null ? null : PageFinisher.Finish(ConceptStyle.ApplyToIndex(html, entries.Count(e => e.Document.Meta.IsConcept)), [], position, diagnostics);
    }
}
