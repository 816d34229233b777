using InfoBladPublisher.Model;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Tests.Site;

/// <summary>What the manifest would say of each document's files, made up: the site's pages show sizes and pages, not the files themselves.</summary>
internal static class StandInFiles
{
    public static List<ManifestDocument> Of(IEnumerable<Document> documents) =>
        documents.Select(d => new ManifestDocument(d.Id, d.Meta.Type.Name, d.Meta.Titel, "", d.Meta.Kenmerk, d.Meta.Status,
            [new ManifestFile(d.Id + ".pdf", "pdf", "", 312_000, 2), new ManifestFile(d.Id + ".pdfa.pdf", "pdfa", "", 400_000, 2), new ManifestFile(d.Id + ".html", "html", "", 90_000, null)], [])).ToList();
}
