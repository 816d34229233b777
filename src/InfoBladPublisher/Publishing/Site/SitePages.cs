using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Rendering.Assets;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Templates;
using InfoBladPublisher.Text;
using Scriban.Runtime;

namespace InfoBladPublisher.Publishing.Site;

/// <summary>
/// The release as a web site: index.html, the overview newest first; and in a public release a page per
/// document, an overview page per filter value (so filtering needs no script) and the search page. Every page
/// is a Scriban layout of the templates, sandboxed and escaped like the documents' own, and finished the same
/// way: whole, loading nothing, with its Content-Security-Policy.
/// </summary>
internal sealed class SitePages
{
    public const string DocumentLayout = "documentpagina";
    public const string SearchLayout = "zoeken";

    private readonly TemplateSet _templates;
    private readonly AssetCatalog _assets;
    private readonly string _version;

    public SitePages(TemplateSet templates, AssetCatalog assets, string version)
    {
        _templates = templates;
        _assets = assets;
        _version = version;
    }

    /// <summary>The release's pages.</summary>
    /// <param name="site">Whether the release gets the whole site; the internal build gets index.html alone, linking the web pages.</param>
    /// <returns>index.html and the other pages, or null when a page was refused (reported).</returns>
    public (byte[] Index, IReadOnlyList<SiteFile> Pages)? Write(IReadOnlyList<SiteDocument> documents, bool site, DiagnosticBag diagnostics)
    {
        var facets = site ? Facets.Of(documents) : [];
        var index = Overview(documents, facets, null, "Publicaties", site, diagnostics);
        if (index is null)
        {
            return null;
        }

        var pages = new List<SiteFile>();
        if (site)
        {
            foreach (var facet in facets)
            {
                foreach (var value in facet.Values)
                {
                    pages.Add(new SiteFile(value.Page, "html", Overview(value.Documents, facets, value, $"{facet.Name}: {value.Label}", site, diagnostics) ?? []));
                }
            }

            pages.AddRange(documents.Select(d => new SiteFile(d.Page, "html", DocumentPage(d, diagnostics) ?? [])));
            pages.AddRange(SearchPage.Files(Page(SearchLayout, Base(string.Empty, site), diagnostics)));
        }

        return pages.Any(p => p.Content.Length == 0) ? null : (index, pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList());
    }

    private byte[]? Overview(IReadOnlyList<SiteDocument> documents, IReadOnlyList<Facet> facets, FacetValue? current, string heading, bool site, DiagnosticBag diagnostics)
    {
        var root = current is null ? string.Empty : "../";
        var model = Base(root, site);
        model["kop"] = heading;
        model["filter"] = current?.Label;
        model["facetten"] = new ScriptArray(facets.Select(f => new ScriptObject
        {
            ["naam"] = f.Name,
            ["waarden"] = new ScriptArray(f.Values.Select(v => new ScriptObject
            {
                ["label"] = v.Label,
                ["aantal"] = v.Documents.Count,
                ["href"] = root + v.Page,
                ["huidig"] = ReferenceEquals(v, current),
            })),
        }));
        model["documenten"] = new ScriptArray(Facets.NewestFirst(documents).Select(d => Row(d, root, site)));
        var concepts = documents.Count(d => d.Document.Meta.IsConcept);
        model["release"] = new ScriptObject { ["versie"] = _version, ["concepten"] = concepts };
        return Bytes(Page(TemplateLayout.IndexLayout, model, diagnostics, html => ConceptStyle.ApplyToIndex(html, concepts)));
    }

    private byte[]? DocumentPage(SiteDocument d, DiagnosticBag diagnostics)
    {
        const string Root = "../";
        var model = Base(Root, site: true);
        var row = Row(d, Root, site: true);
        var meta = d.Document.Meta;
        row["ministerie"] = d.Document.Afzender.Ministerie;
        row["directie"] = new ScriptArray(d.Document.Afzender.Directie);
        row["downloads"] = new ScriptArray(d.Downloads.Select(f => new ScriptObject
        {
            ["naam"] = f.Name,
            ["formaat"] = f.Format,
            ["href"] = Root + Uri.EscapeDataString(f.Path),
            ["grootte"] = Download.SizeText(f.Bytes),
            ["paginas"] = f.Pages,
        }));
        row["gelakt"] = new ScriptArray(meta.Redactions.GroupBy(m => m.Ground).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g => new ScriptObject
        {
            ["grond"] = g.Key.Code,
            ["omschrijving"] = g.Key.Label,
            ["aantal"] = g.Count(),
        }));
        row["relaties"] = new ScriptArray(d.Relations.Select(r => new ScriptObject
        {
            ["rol"] = r.Label,
            ["titel"] = r.Other.Meta.Titel,
            ["type"] = r.Other.Meta.Type.Name,
            ["datum"] = DutchDate.Format(r.Other.Meta.Datum),
            ["href"] = Uri.EscapeDataString(r.Other.Id) + ".html",
        }));
        model["d"] = row;
        return Bytes(Page(DocumentLayout, model, diagnostics, html => ConceptStyle.Apply(html, meta.IsConcept)));
    }

    /// <summary>What every page has: the release, where the site's root is from the page, and whether there is a search page.</summary>
    private ScriptObject Base(string root, bool site) => new()
    {
        ["medium"] = "web",
        ["release"] = new ScriptObject { ["versie"] = _version },
        ["basis"] = root,
        ["zoeken"] = site ? root + SearchPage.File : null,
    };

    private static ScriptObject Row(SiteDocument d, string root, bool site)
    {
        var pdf = d.Downloads[0];
        var row = TemplateModel.DocumentFields(d.Document);
        row["afzender"] = d.Document.Afzender.Onderdeel;
        row["categorie"] = d.Informatiecategorie.Label;
        row["samenvatting"] = d.Summary;
        row["pagina"] = root + (site ? "documenten/" : string.Empty) + Uri.EscapeDataString(d.Document.Id) + ".html";
        row["pdf"] = root + Uri.EscapeDataString(pdf.Path);
        row["pdf_grootte"] = Download.SizeText(pdf.Bytes);
        row["html"] = root + Uri.EscapeDataString(d.Downloads[2].Path);
        row["paginas"] = pdf.Pages;
        return row;
    }

    private static byte[]? Bytes(string? html) => html is null ? null : Encoding.UTF8.GetBytes(html);

    /// <param name="mark">What the product adds to the page before it is finished (a concept's banner).</param>
    private string? Page(string layout, ScriptObject model, DiagnosticBag diagnostics, Func<string, string>? mark = null)
    {
        var linker = new AssetLinker(_assets);
        linker.ExposeTo(model);
        var position = SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, layout + TemplateLayout.Extension)));
        var html = _templates.Render(layout, model, position, diagnostics);
        return html is null ? null : PageFinisher.Finish(mark is null ? html : mark(html), [], position, diagnostics);
    }
}
