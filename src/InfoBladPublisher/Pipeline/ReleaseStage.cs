using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Html;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>Publishing: every PDF and web page, index.html and manifest.json, written as one release or not at all.</summary>
internal static class ReleaseStage
{
    /// <returns>The release folder, or null when the index or the writing failed (reported).</returns>
    public static string? Run(PdfStage.Output paginated, string releasesRoot, string version, DiagnosticBag diagnostics, Provenance? provenance = null, bool intern = false, string? baseUrl = null)
    {
        var files = new List<ReleaseFile>();
        var manifestDocs = new List<ManifestDocument>();
        var entries = new List<IndexEntry>();
        foreach (var rendered in paginated.Html.Documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal))
        {
            var doc = rendered.Document;
            var pdf = paginated.Pdfs[doc.Id];
            var pdfFile = pdf.Stored is { } stored ? ReleaseFile.From(doc.Id + ".pdf", stored) : new ReleaseFile(doc.Id + ".pdf", pdf.Pdf);
            var archiveFile = pdf.Stored is { } kept ? ReleaseFile.From(doc.Id + ArchiveSuffix, kept.Archive) : new ReleaseFile(doc.Id + ArchiveSuffix, pdf.Archive);
            var htmlFile = rendered.WebStored is { } web ? ReleaseFile.From(doc.Id + ".html", web) : new ReleaseFile(doc.Id + ".html", Encoding.UTF8.GetBytes(rendered.WebHtml));
            var inventoryFile = new ReleaseFile(doc.Id + RedactionInventory.Suffix, RedactionInventory.Of(doc.Id, doc.Meta.Redactions, pdf.Redactions, intern).ToJson());
            files.Add(pdfFile);
            files.Add(archiveFile);
            files.Add(htmlFile);
            files.Add(inventoryFile);
            entries.Add(new IndexEntry(doc, pdfFile.Path, htmlFile.Path, pdf.PageCount));
            manifestDocs.Add(Describe(doc, pdfFile, archiveFile, pdf, htmlFile, inventoryFile));
        }

        var style = paginated.Html.Style;
        var index = new IndexPageRenderer(style.Templates, style.Assets).Render(version, entries, diagnostics);
        if (index is null)
        {
            return null;
        }

        var indexFile = new ReleaseFile("index.html", Encoding.UTF8.GetBytes(index));
        files.Add(indexFile);

        // The Woo-index harvests public releases only: an internal build shows what is withheld.
        var siteFiles = intern ? [] : Publishing.DiWoo.DiwooSitemaps
            .Write(paginated.Html.Documents.Select(d => d.Document).ToList(), baseUrl, SourcePosition.StartOf(releasesRoot), diagnostics)
            .Select(f => new ReleaseFile(f.Path, f.Content)).ToList();
        files.AddRange(siteFiles);
        var manifest = new ReleaseManifest(version, "InfoBladPublisher", paginated.Engine, manifestDocs)
        {
            Index = new ManifestFile(indexFile.Path, "html", indexFile.Sha256, indexFile.Length, null),
            Site = siteFiles.Select(f => new ManifestFile(f.Path, f.Path.EndsWith(".xml", StringComparison.Ordinal) ? "sitemap" : "robots", f.Sha256, f.Length, null)).ToList(),
            Tool = provenance?.Tool,
            Commit = provenance?.Commit,
            Inputs = provenance?.Inputs,
            Build = intern ? "intern" : "openbaar",
            Concepts = manifestDocs.Count(d => d.Status == "concept"),
        };
        files.Add(new ReleaseFile(ReleaseManifest.FileName, manifest.ToJson()));
        try
        {
            return ReleaseWriter.Write(releasesRoot, version, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the writer has already put the previous release back.
            diagnostics.Report(DiagnosticCodes.WriteFailed, SourcePosition.StartOf(releasesRoot), $"the release could not be written ({ex.Message}); the previous release is untouched");
            return null;
        }
    }

    /// <summary>The PDF/A-2a copy beside each document's PDF/UA-1 file.</summary>
    public const string ArchiveSuffix = ".pdfa.pdf";

    private static ManifestDocument Describe(Document doc, ReleaseFile pdfFile, ReleaseFile archiveFile, PdfResult pdf, ReleaseFile htmlFile, ReleaseFile inventoryFile) =>
        new(doc.Id, doc.Meta.Type.Name, doc.Meta.Titel, DutchDate.Iso(doc.Meta.Datum), doc.Meta.Kenmerk, doc.Meta.Status,
            [
                new ManifestFile(pdfFile.Path, "pdf", pdfFile.Sha256, pdfFile.Length, pdf.PageCount) { Standard = "PDF/UA-1" },
                new ManifestFile(archiveFile.Path, "pdfa", archiveFile.Sha256, archiveFile.Length, pdf.PageCount) { Standard = "PDF/A-2a" },
                new ManifestFile(htmlFile.Path, "html", htmlFile.Sha256, htmlFile.Length, null),
                new ManifestFile(inventoryFile.Path, RedactionInventory.Format, inventoryFile.Sha256, inventoryFile.Length, null),
            ],
            doc.Body.Datasets.Select(d => new ManifestDataset(d.Id, d.Versie, DutchDate.Iso(d.Peildatum), d.Fictief,
                d.Files.Select(f => new ManifestSource(f.Path, f.Sha256)).ToList())).ToList())
        {
            Approval = doc.Meta.Accordering is { } a ? new ManifestApproval(a.Door, DutchDate.Iso(a.Op)) : null,
        };
}
