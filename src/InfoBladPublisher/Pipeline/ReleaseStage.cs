using System.Text;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Publishing.Search;
using InfoBladPublisher.Publishing.Site;
using InfoBladPublisher.Release;
using InfoBladPublisher.Rendering.Pdf;
using InfoBladPublisher.Text;

namespace InfoBladPublisher.Pipeline;

/// <summary>Publishing: every PDF and web page, the site (index.html, a page per document, filters, search) and manifest.json, written as one release or not at all.</summary>
internal static class ReleaseStage
{
    /// <summary>What the stage did: the release folder (null when nothing is there to use) and the outcome.</summary>
    public sealed record Written(string? Path, PublishOutcome Outcome, ReleaseDifference? Difference = null)
    {
        /// <summary>For a replacement: what the new manifest records of the release it replaces.</summary>
        public ManifestReplacement? Replaces { get; init; }
    }

    /// <param name="replace">Replace a release of this version whose files differ; without it that is refused (IBP058). The internal build is always replaced: it is never a release.</param>
    /// <returns>The outcome; a failure (the index, the writing, a refused replacement) is reported in <paramref name="diagnostics"/>.</returns>
    public static Written Run(PdfStage.Output paginated, string releasesRoot, string version, DiagnosticBag diagnostics, Provenance? provenance = null, bool intern = false, bool replace = false, string? baseUrl = null, string? nodeModules = null)
    {
        var files = new List<ReleaseFile>();
        var manifestDocs = new List<ManifestDocument>();
        var webPages = new List<ReleaseFile>();
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
            webPages.Add(htmlFile);
            manifestDocs.Add(Describe(doc, pdfFile, archiveFile, pdf, htmlFile, inventoryFile));
        }

        var style = paginated.Html.Style;
        var documents = paginated.Html.Documents.Select(d => d.Document).ToList();
        var pages = new SitePages(style.Templates, style.Assets, version).Write(SiteDocument.Of(documents, manifestDocs), site: !intern, diagnostics);
        if (pages is not { } site)
        {
            return new Written(null, PublishOutcome.Failed);
        }

        var indexFile = new ReleaseFile("index.html", site.Index);
        files.Add(indexFile);

        // The site, the feed and the Woo-index's sitemaps are for public releases only: an internal build shows what is withheld.
        var siteFiles = intern ? [] : Publishing.SiteFiles
            .Write(documents, baseUrl, version, SourcePosition.StartOf(releasesRoot), diagnostics)
            .Concat(site.Pages)
            .Select(f => (File: new ReleaseFile(f.Path, f.Content), f.Format)).ToList();
        if (!intern && nodeModules is not null)
        {
            // Indexed last, over the pages as the release has them.
            var search = SearchIndex(webPages, [new ReleaseFile("index.html", site.Index), .. siteFiles.Select(f => f.File)], nodeModules, releasesRoot, diagnostics);
            if (search is null)
            {
                return new Written(null, PublishOutcome.Failed);
            }

            siteFiles.AddRange(search.Select(f => (File: new ReleaseFile(f.Path, f.Content), f.Format)));
        }

        files.AddRange(siteFiles.Select(f => f.File));
        var manifest = new ReleaseManifest(version, "InfoBladPublisher", paginated.Engine, manifestDocs)
        {
            Index = new ManifestFile(indexFile.Path, "html", indexFile.Sha256, indexFile.Length, null),
            Site = siteFiles.Select(f => new ManifestFile(f.File.Path, f.Format, f.File.Sha256, f.File.Length, null)).ToList(),
            Tool = provenance?.Tool,
            Commit = provenance?.Commit,
            WorkTree = provenance?.WorkTree ?? ManifestWorkTree.Of(null),
            Inputs = provenance?.Inputs,
            Build = intern ? "intern" : "openbaar",
            Concepts = manifestDocs.Count(d => d.Status == "concept"),
        };
        var outcome = new Written(null, PublishOutcome.Failed);
        try
        {
            var path = ReleaseWriter.Write(releasesRoot, version, target =>
            {
                outcome = Decide(target, version, files, manifest, replace || intern, diagnostics);
                return outcome.Outcome is PublishOutcome.Published or PublishOutcome.Replaced or PublishOutcome.Restored
                    ? [.. files, new ReleaseFile(ReleaseManifest.FileName, (manifest with { Replaces = outcome.Replaces }).ToJson())]
                    : null;
            });
            return outcome with { Path = path ?? outcome.Path };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the writer has already put the previous release back.
            diagnostics.Report(DiagnosticCodes.WriteFailed, SourcePosition.StartOf(releasesRoot), $"de release kon niet worden geschreven ({ex.Message}); de vorige release is niet aangeraakt", $"the release could not be written ({ex.Message}); the previous release is untouched");
            return new Written(null, PublishOutcome.Failed);
        }
    }

    /// <summary>
    /// A version is published once: the same files again change nothing, different files replace it only when
    /// asked (and the new manifest says what it replaced). A damaged copy of the same files is written again.
    /// </summary>
    private static Written Decide(string target, string version, IReadOnlyList<ReleaseFile> files, ReleaseManifest manifest, bool replace, DiagnosticBag diagnostics)
    {
        if (PublishedRelease.Read(target) is not { } published)
        {
            return new Written(null, PublishOutcome.Published);
        }

        var difference = published.DifferenceTo(files, manifest.Documents);
        if (difference.IsNone)
        {
            return ReleaseCheck.Problems(target).Count == 0 ? new Written(target, PublishOutcome.UpToDate) : new Written(null, PublishOutcome.Restored);
        }

        if (replace)
        {
            return new Written(null, PublishOutcome.Replaced, difference) { Replaces = published.Replacement(difference) };
        }

        diagnostics.Report(DiagnosticCodes.ReleaseExists, SourcePosition.StartOf(Path.Combine(target, ReleaseManifest.FileName)),
            $"release {version} is al gepubliceerd met andere inhoud ({difference.Worded().Nl}); die is niet vervangen. Publiceer een nieuwe versie, of geef --replace om de release te vervangen (het manifest legt dan vast wat is vervangen)",
            $"release {version} is already published with other content ({difference.Worded().En}); it was not replaced. Publish a new version, or give --replace to replace it (its manifest then records what it replaced)");
        return new Written(null, PublishOutcome.Refused, difference);
    }

    /// <returns>Pagefind's files, or null when it is missing (IBP052) or failed (reported).</returns>
    private static IReadOnlyList<Publishing.SiteFile>? SearchIndex(IEnumerable<ReleaseFile> webPages, IEnumerable<ReleaseFile> sitePages, string nodeModules, string releasesRoot, DiagnosticBag diagnostics)
    {
        var pages = webPages.Concat(sitePages)
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => new Publishing.SiteFile(f.Path, "html", f.SourcePath is { } stored ? File.ReadAllBytes(stored) : f.Content));
        try
        {
            return PagefindIndex.Write(pages, nodeModules, SourcePosition.StartOf(releasesRoot), diagnostics);
        }
        catch (MissingToolException ex)
        {
            diagnostics.Report(DiagnosticCodes.MissingTool, SourcePosition.StartOf(ex.Tool), ex.Wording);
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
