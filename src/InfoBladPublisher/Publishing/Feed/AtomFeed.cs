using System.Xml.Linq;
using InfoBladPublisher.Publishing.DiWoo;

namespace InfoBladPublisher.Publishing.Feed;

/// <summary>
/// The release's documents as an Atom feed (RFC 4287), newest first, for those who follow a publication: the
/// same public documents, summaries and addresses the Woo-index's sitemaps carry, so the two cannot disagree.
/// </summary>
internal static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public const string File = "feed.xml";

    /// <param name="site">Where the release is online, ending in '/' (or the placeholder).</param>
    /// <param name="version">The release's version: the feed's title and, with the address, its id.</param>
    public static byte[] Write(IReadOnlyList<PublicDocument> entries, string site, string version)
    {
        var newest = entries.OrderByDescending(e => e.Document.Meta.Datum).ThenBy(e => e.Document.Id, StringComparer.Ordinal).ToList();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            new XElement(Atom + "id", site + File),
            new XElement(Atom + "title", $"Publicaties, release {version}"),
            new XElement(Atom + "updated", newest.Count == 0 ? "1970-01-01T00:00:00+00:00" : DiwooRecord.MidnightIn(newest[0].Document.Meta.Datum)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site + File)),
            newest.Select(e => Entry(e, site)));
        return XmlFile.Bytes(feed);
    }

    private static XElement Entry(PublicDocument entry, string site)
    {
        var doc = entry.Document;
        var pdf = SiteAddress.FileOf(site, doc.Id, ".pdf");
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", pdf),
            new XElement(Atom + "title", doc.Meta.Titel),
            new XElement(Atom + "updated", DiwooRecord.MidnightIn(doc.Meta.Datum)),
            new XElement(Atom + "author", new XElement(Atom + "name", doc.Afzender.PublisherName)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "application/pdf"), new XAttribute("href", pdf)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", SiteAddress.FileOf(site, doc.Id, ".html"))),
            new XElement(Atom + "category", new XAttribute("term", entry.Informatiecategorie.Uri), new XAttribute("label", entry.Informatiecategorie.Label)),
            entry.Summary is { } summary ? new XElement(Atom + "summary", summary) : null);
    }
}
