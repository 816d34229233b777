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
/// way: whole, with its Content-Security-Policy. The site's pages share one stylesheet and its fonts under
/// assets/ (a page embedding them was 400 kB), and load nothing else; the internal build's index.html, the
/// one page it has, still embeds them.
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
        var shared = site ? new SharedAssets(_assets) : null;
        var facets = site ? Facets.Of(documents) : [];
        var index = Overview(documents, facets, null, "Publicaties", shared, diagnostics);
        if (index is null)
        {
            return null;
        }

        var pages = new List<SiteFile>();
        if (shared is not null)
        {
            foreach (var facet in facets)
            {
                foreach (var value in facet.Values)
                {
                    pages.Add(new SiteFile(value.Page, "html", Overview(value.Documents, facets, value, $"{facet.Name}: {value.Label}", shared, diagnostics) ?? []));
                }
            }

            pages.AddRange(documents.Select(d => new SiteFile(d.Page, "html", DocumentPage(d, shared, diagnostics) ?? [])));
            pages.AddRange(SearchPage.Files(Page(SearchLayout, Base(string.Empty, site), string.Empty, shared, diagnostics)));
            if (pages.Any(p => p.Content.Length == 0) || SharedFiles(shared, diagnostics) is not { } files)
            {
                return null;
            }

            pages.AddRange(files);
        }

        return (index, pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>The shared stylesheet and its files, the stylesheet checked as a page is: it may load only what the release carries beside it.</summary>
    /// <returns>The files, or null when the stylesheet would load something else (reported).</returns>
    private List<SiteFile>? SharedFiles(SharedAssets shared, DiagnosticBag diagnostics)
    {
        var files = shared.Files();
        var carried = files.Where(f => f.Path != SharedAssets.Stylesheet).Select(f => SharedAssets.Relative(f.Path[SharedAssets.Folder.Length..])).ToHashSet(StringComparer.Ordinal);
        var sheet = files.FirstOrDefault(f => f.Path == SharedAssets.Stylesheet).Content;
        var problems = sheet is null ? [] : PageReferences.FindInStylesheet(Encoding.UTF8.GetString(sheet), carried);
        var at = SourcePosition.StartOf(_templates.Root.Display(TemplateLayout.AssetsFolder));
        foreach (var problem in problems.DistinctBy(p => p.En, StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.BlockedRequest, at, problem.Nl, problem.En);
        }

        return problems.Count > 0 ? null : files.Select(f => new SiteFile(f.Path, Path.GetExtension(f.Path).TrimStart('.'), f.Content)).ToList();
    }

    /// <param name="shared">The site's shared assets; null for the internal build's index.html, which embeds its own.</param>
    private byte[]? Overview(IReadOnlyList<SiteDocument> documents, IReadOnlyList<Facet> facets, FacetValue? current, string heading, SharedAssets? shared, DiagnosticBag diagnostics)
    {
        var site = shared is not null;
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
        if (concepts > 0)
        {
            shared?.AddCss(ConceptStyle.BannerCss);
        }

        return Bytes(Page(TemplateLayout.IndexLayout, model, root, shared, diagnostics, html => ConceptStyle.ApplyToIndex(html, concepts, inlineStyle: !site)));
    }

    private byte[]? DocumentPage(SiteDocument d, SharedAssets shared, DiagnosticBag diagnostics)
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
        if (meta.IsConcept)
        {
            shared.AddCss(ConceptStyle.BannerCss);
        }

        return Bytes(Page(DocumentLayout, model, Root, shared, diagnostics, html => ConceptStyle.Apply(html, meta.IsConcept, inlineStyle: false)));
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

    /// <param name="root">The release folder from the page, for the links to the shared assets.</param>
    /// <param name="mark">What the product adds to the page before it is finished (a concept's banner).</param>
    private string? Page(string layout, ScriptObject model, string root, SharedAssets? shared, DiagnosticBag diagnostics, Func<string, string>? mark = null)
    {
        var linker = shared is null ? new AssetLinker(_assets) : new AssetLinker(_assets, shared, root);
        linker.ExposeTo(model);
        var position = SourcePosition.StartOf(_templates.Root.Display(Path.Combine(TemplateLayout.LayoutsFolder, layout + TemplateLayout.Extension)));
        var html = _templates.Render(layout, model, position, diagnostics);
        foreach (var missing in linker.Missing)
        {
            diagnostics.Report(DiagnosticCodes.MissingFile, position,
                $"bestand '{missing}' bestaat niet onder {_templates.Root.Display(TemplateLayout.AssetsFolder)}/ of bij de meegeleverde lettertypen",
                $"asset '{missing}' does not exist under {_templates.Root.Display(TemplateLayout.AssetsFolder)}/ or the bundled fonts");
        }

        return html is null || linker.Missing.Count > 0 ? null : PageFinisher.Finish(mark is null ? html : mark(html), [], position, diagnostics, shared is null ? null : linker.Linked);
    }
}
