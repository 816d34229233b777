using System.Globalization;
using System.Xml.Linq;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Publishing.DiWoo;

/// <summary>
/// A document's DiWoo metadata record (standard 0.9.8, <c>design/diwoo.md</c>), as a sitemap's <c>&lt;url&gt;</c>
/// carries it for the Woo-index: built from document.yml, the sender's organisation file and the release. It
/// says what was published: the public build's title and summary, whose withheld words are gone already.
/// </summary>
internal static class DiwooRecord
{
    public static readonly XNamespace Ns = "https://standaarden.overheid.nl/diwoo/metadata/";
    public const string Dutch = "http://publications.europa.eu/resource/authority/language/NLD";
    public const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";

    /// <param name="entry">The document with what the release decided about it: category, kind, summary, relations.</param>
    /// <param name="urlOf">The published address of a document's PDF, by id.</param>
    public static XElement For(PublicDocument entry, Func<string, string> urlOf)
    {
        var doc = entry.Document;
        var publisher = Organisation("publisher", doc.Afzender);
        var record = new XElement(Ns + "DiWoo",
            doc.Meta.Kenmerk is { Length: > 0 } kenmerk ? new XElement(Ns + "identifiers", new XElement(Ns + "identifier", kenmerk)) : null,
            publisher,
            Organisation("opsteller", doc.Afzender),
            new XElement(Ns + "titelcollectie", new XElement(Ns + "officieleTitel", doc.Meta.Titel)),
            entry.Summary is { } summary ? new XElement(Ns + "omschrijvingen", new XElement(Ns + "omschrijving", summary)) : null,
            new XElement(Ns + "classificatiecollectie",
                entry.Documentsoort is { } kind ? new XElement(Ns + "documentsoorten", Term("documentsoort", kind)) : null,
                new XElement(Ns + "informatiecategorieen", Term("informatiecategorie", entry.Informatiecategorie))),
            new XElement(Ns + "creatiedatum", DateOf(doc.Meta.Datum)),
            new XElement(Ns + "language", new XAttribute("resource", Dutch), "Nederlands"),
            new XElement(Ns + "format", new XAttribute("resource", FileTypes + "PDF"), "pdf"),
            new XElement(Ns + "documenthandelingen", Acts(doc).Select(act => new XElement(Ns + "documenthandeling",
                Term("soortHandeling", act.Kind),
                new XElement(Ns + "atTime", act.At),
                Organisation("wasAssociatedWith", doc.Afzender)))),
            entry.Relations.Count == 0 ? null : new XElement(Ns + "documentrelaties", entry.Relations.Select(r => new XElement(Ns + "documentrelatie",
                new XElement(Ns + "relation", urlOf(r.Id)),
                Term("role", r.Role)))));
        return new XElement(Ns + "Document", record);
    }

    /// <summary>What was done to the document and when: it was settled on its datum; a Kamerbrief was also signed then.</summary>
    private static IEnumerable<(TooiTerm Kind, string At)> Acts(Document doc)
    {
        yield return (Tooi.Vaststelling, MidnightIn(doc.Meta.Datum));
        if (doc.Meta.Type == DocumentType.Kamerbrief)
        {
            yield return (Tooi.Ondertekening, MidnightIn(doc.Meta.Datum));
        }
    }

    private static XElement Organisation(string element, Organisation organisation) =>
        new(Ns + element, new XAttribute("resource", organisation.Tooi!), organisation.PublisherName);

    private static XElement Term(string element, TooiTerm term) => new(Ns + element, new XAttribute("resource", term.Uri), term.Label);

    private static string DateOf(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The start of the day in Dutch time, as an xs:dateTime with its offset. Worked out from the EU rule
    /// (summer time from the last Sunday of March to the last Sunday of October), not the machine's time zone
    /// data, so every machine writes the same bytes.
    /// </summary>
    internal static string MidnightIn(DateOnly date)
    {
        var summer = date > LastSunday(date.Year, 3) && date <= LastSunday(date.Year, 10);
        return DateOf(date) + (summer ? "T00:00:00+02:00" : "T00:00:00+01:00");
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
