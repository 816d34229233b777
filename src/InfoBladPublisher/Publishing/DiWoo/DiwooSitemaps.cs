using System.Text;
using System.Xml.Linq;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Publishing.DiWoo;

/// <summary>
/// What the Woo-index harvests from a release: <c>robots.txt</c> naming a sitemap index, and one sitemap per
/// information category whose every <c>&lt;url&gt;</c> carries the document's DiWoo record. Only public
/// documents with a publisher's TOOI id are listed; an internal build gets none (the caller's rule).
/// </summary>
internal static class DiwooSitemaps
{
    public static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Folder = "sitemaps";
    public const string IndexFile = Folder + "/index.xml";
    public const string RobotsFile = "robots.txt";

    /// <param name="entries">The release's public documents (<see cref="PublicDocument.Of"/>).</param>
    /// <param name="site">Where the release will be online, ending in '/', or the placeholder.</param>
    /// <param name="at">Where a warning points: the releases folder.</param>
    /// <returns>The files by their path in the release; none when no document can be listed.</returns>
    public static IReadOnlyList<SiteFile> Write(IReadOnlyList<PublicDocument> entries, string site, SourcePosition at, DiagnosticBag diagnostics)
    {
        foreach (var unnamed in entries.Where(e => e.Document.Afzender.Tooi is null).Select(e => e.Document.Afzender.Id).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.NoPublisherId, at, $"organisatie '{unnamed}' heeft geen 'tooi'-id, dus de documenten ervan krijgen geen DiWoo-record en staan niet in de sitemaps; zet de TOOI-id in content/organisaties/{unnamed}.yml", $"organisation '{unnamed}' has no 'tooi' id, so its documents get no DiWoo record and are left out of the sitemaps; add its TOOI id to content/organisaties/{unnamed}.yml");
        }

        var listed = entries.Where(e => e.Document.Afzender.Tooi is not null).ToList();
        if (listed.Count == 0)
        {
            return [];
        }

        string UrlOf(string id) => SiteAddress.FileOf(site, id, ".pdf");
        var files = new List<SiteFile>();
        var index = new XElement(Sitemaps + "sitemapindex");
        foreach (var category in listed.GroupBy(e => e.Informatiecategorie).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var path = $"{Folder}/{category.Key.Id}.xml";
            var urlset = new XElement(Sitemaps + "urlset",
                new XAttribute(XNamespace.Xmlns + "diwoo", DiwooRecord.Ns),
                category.Select(e => new XElement(Sitemaps + "url",
                    new XElement(Sitemaps + "loc", UrlOf(e.Document.Id)),
                    new XElement(Sitemaps + "lastmod", e.Document.Meta.Datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    DiwooRecord.For(e, UrlOf))));
            files.Add(new SiteFile(path, "sitemap", XmlFile.Bytes(urlset)));
            index.Add(new XElement(Sitemaps + "sitemap", new XElement(Sitemaps + "loc", site + path)));
        }

        files.Add(new SiteFile(IndexFile, "sitemap", XmlFile.Bytes(index)));
        files.Add(new SiteFile(RobotsFile, "robots", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site}{IndexFile}\n")));
        return files;
    }
}
