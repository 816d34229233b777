using System.Text;
using System.Xml;
using System.Xml.Linq;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;

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

    /// <summary>Stands in for the site's address when the release was given none: it can never resolve (RFC 2606).</summary>
    public const string PlaceholderBase = "https://basis-url-ontbreekt.invalid/";

    /// <param name="baseUrl">Where the release will be online, ending in '/'; null writes <see cref="PlaceholderBase"/> (the publish says so).</param>
    /// <param name="at">Where a warning points: the releases folder.</param>
    /// <returns>The files by their path in the release; none when no document can be listed.</returns>
    public static IReadOnlyList<(string Path, byte[] Content)> Write(IReadOnlyList<Document> documents, string? baseUrl, SourcePosition at, DiagnosticBag diagnostics)
    {
        var entries = SitemapEntry.Of(documents);
        foreach (var unnamed in entries.Where(e => e.Document.Afzender.Tooi is null).Select(e => e.Document.Afzender.Id).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.NoPublisherId, at, $"organisation '{unnamed}' has no 'tooi' id, so its documents get no DiWoo record and are left out of the sitemaps; add its TOOI id to content/organisaties/{unnamed}.yml");
        }

        var listed = entries.Where(e => e.Document.Afzender.Tooi is not null).ToList();
        if (listed.Count == 0)
        {
            return [];
        }

        var site = baseUrl ?? PlaceholderBase;
        string UrlOf(string id) => site + Uri.EscapeDataString(id) + ".pdf";
        var files = new List<(string, byte[])>();
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
            files.Add((path, Xml(urlset)));
            index.Add(new XElement(Sitemaps + "sitemap", new XElement(Sitemaps + "loc", site + path)));
        }

        files.Add((IndexFile, Xml(index)));
        files.Add((RobotsFile, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site}{IndexFile}\n")));
        return files;
    }

    private static byte[] Xml(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }
}
