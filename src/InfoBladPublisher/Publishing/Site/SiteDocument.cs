using InfoBladPublisher.Model;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Publishing.Site;

/// <summary>A file a reader can download from a document's page: what it is, where, how large, how many pages.</summary>
internal sealed record Download(string Name, string Format, string Path, long Bytes, int? Pages)
{
    /// <summary>A size as a Dutch reader reads it: "312 kB", "1,4 MB" (decimal units, as file managers show them).</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        < 1000 => $"{bytes} bytes",
        < 1_000_000 => $"{(bytes + 999) / 1000} kB",
        // A decimal comma, written out: the tool runs without culture data (globalization-invariant).
        _ => (bytes / 1_000_000d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " MB",
    };
}

/// <summary>A related document on a document's page, and how it relates as a reader reads it.</summary>
internal sealed record SiteRelation(string Label, Document Other);

/// <summary>A document of the release as its page and the overview show it.</summary>
internal sealed record SiteDocument(Document Document, TooiTerm Informatiecategorie, string Summary, IReadOnlyList<Download> Downloads, IReadOnlyList<SiteRelation> Relations)
{
    /// <summary>Where the document's page is, from the release folder: one rule for the overview, the feed and the sitemaps.</summary>
    public static string PageOf(string id) => "documenten/" + id + ".html";

    public string Page => PageOf(Document.Id);

    /// <summary>
    /// Every document of the release, concepts of a concept release included (they are in it, marked), with
    /// the files the manifest names for it and its relations both ways.
    /// </summary>
    public static IReadOnlyList<SiteDocument> Of(IReadOnlyList<Document> documents, IReadOnlyList<ManifestDocument> files)
    {
        var known = PublicDocument.Of(documents, concepts: true).ToDictionary(p => p.Document.Id, StringComparer.Ordinal);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(doc => new SiteDocument(
            doc,
            known[doc.Id].Informatiecategorie,
            known[doc.Id].Summary ?? string.Empty,
            DownloadsOf(files.Single(f => f.Id == doc.Id)),
            RelationsOf(doc, byId))).ToList();
    }

    private static List<Download> DownloadsOf(ManifestDocument manifest)
    {
        var pdf = manifest.FileOf("pdf");
        var archive = manifest.FileOf("pdfa");
        var web = manifest.FileOf("html");
        return
        [
            new Download("Toegankelijke pdf", "PDF/UA-1", pdf.Path, pdf.Bytes, pdf.Pages),
            new Download("Archiefversie", "PDF/A-2a", archive.Path, archive.Bytes, archive.Pages),
            new Download("Webpagina", "HTML", web.Path, web.Bytes, null),
        ];
    }

    /// <summary>Both ways: a main document and its bijlagen, what a document refers to and what refers to it.</summary>
    private static List<SiteRelation> RelationsOf(Document doc, IReadOnlyDictionary<string, Document> byId)
    {
        var relations = new List<SiteRelation>();
        if (doc.Meta.Hoofddocument is { } main && byId.TryGetValue(main, out var parent))
        {
            relations.Add(new SiteRelation("Hoort bij", parent));
        }

        var others = byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        relations.AddRange(others.Where(o => o.Meta.Hoofddocument == doc.Id).Select(o => new SiteRelation("Bijlage", o)));
        relations.AddRange(doc.Meta.VerwijstNaar.Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).Select(id => new SiteRelation("Verwijst naar", byId[id])));
        relations.AddRange(others.Where(o => o.Meta.VerwijstNaar.Contains(doc.Id, StringComparer.Ordinal)).Select(o => new SiteRelation("Genoemd in", o)));
        return relations;
    }
}
