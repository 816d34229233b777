using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Model;

/// <summary>What each kind of YAML file may and must contain.</summary>
internal static class Schemas
{
    public static readonly IReadOnlyList<string> Statuses = ["concept", "definitief"];

    private static readonly FieldSpec[] Common =
    [
        new(K.Type, FieldKind.Text, Required: true, AllowedValues: DocumentType.All.Select(t => t.Name).ToList(), About: "The document type; it picks the layout and the keys the file may have"),
        new(K.Titel, FieldKind.Text, Required: true, About: "The subject, in one line: the title of the PDF and the web page (Betreft in a letter)"),
        new(K.Datum, FieldKind.Date, Required: true, Help: "YYYY-MM-DD", About: "The date of the document, YYYY-MM-DD; printed as \"7 juni 2024\""),
        new(K.Kenmerk, FieldKind.Text, Required: true, About: "Our reference (ons kenmerk); quote it so it stays text: \"5277899\""),
        new(K.Datasets, FieldKind.TextMap, Help: "dataset id: versie", HelpNl: "dataset-id: versie", About: "The datasets the text uses, each with the version it was written against: id: \"versie\""),
        new(K.Afzender, FieldKind.Text, Required: true, Help: "the id of a file in content/organisaties/, such as jenv-dgm; a sender's name, addresses and logo live in that file", HelpNl: "de id van een bestand in content/organisaties/, zoals jenv-dgm; naam, adressen en logo van de afzender staan in dat bestand", About: "The sender: the name of a file in content/organisaties/, without .yml"),
        new(K.Status, FieldKind.Text, Required: true, AllowedValues: Statuses, About: "concept while it is being written (marked CONCEPT, kept out of a release), definitief when done"),
        new(K.GeaccordeerdDoor, FieldKind.Text, Help: "who approved the document, such as 'DG Migratie'; with geaccordeerd_op", HelpNl: "wie het document heeft geaccordeerd, zoals 'DG Migratie'; samen met geaccordeerd_op", About: "Who approved the document, with geaccordeerd_op"),
        new(K.GeaccordeerdOp, FieldKind.Date, Help: "YYYY-MM-DD, the day it was approved; with geaccordeerd_door", HelpNl: "YYYY-MM-DD, de dag van accorderen; samen met geaccordeerd_door", About: "When it was approved, YYYY-MM-DD, with geaccordeerd_door"),
        new(K.Voetnoten, FieldKind.TextMap, About: "Notes kept out of the text, cited in tekst.md as [^name]"),
        new(K.Nummering, FieldKind.Boolean, About: "Number the sections (1., 1.1): ja or nee; a nota does by default"),
        new(K.Samenvatting, FieldKind.Text, About: "A summary of two or three sentences for the Woo-index and the release; without it, the first paragraph"),
        new(K.Informatiecategorie, FieldKind.Text, AllowedValues: Tooi.Informatiecategorieen.Select(t => t.Label).ToList(), About: "The Woo information category (TOOI) the Woo-index lists the document under; each type has a default"),
        new(K.Documentsoort, FieldKind.Text, AllowedValues: Tooi.Documentsoorten.Select(t => t.Label).ToList(), About: "The kind of document (TOOI) for the Woo-index; each type has a default"),
        new(K.VerwijstNaar, FieldKind.TextList, About: "Other documents this one refers to: folder names under content/documenten/"),
    ];

    /// <summary>Used while the type itself is missing or wrong, so the other keys still get checked.</summary>
    public static readonly Schema AnyDocument = new("a document", Common.Concat(DocumentType.All.SelectMany(t => t.OwnFields.Select(f => f with { Required = false }))).DistinctBy(f => f.Key));

    public static readonly Schema Organisation = new("an organisation",
    [
        new(K.Ministerie, FieldKind.Text, Required: true, About: "The ministry's full name"),
        new(K.Woordmerk, FieldKind.TextList, About: "The ministry's name as set beside the logo, one line per entry"),
        new(K.Onderdeel, FieldKind.Text, Required: true, About: "The part of the ministry that sends the document"),
        new(K.Directie, FieldKind.TextList, About: "The directorate, one line per entry"),
        new(K.Bezoekadres, FieldKind.TextList, About: "The visiting address, one line per entry"),
        new(K.Postadres, FieldKind.TextList, About: "The postal address, one line per entry"),
        new(K.Website, FieldKind.Text, About: "The website in the colofon, without https://"),
        new(K.Logo, FieldKind.Text, About: "A logo file beside this file, instead of the placeholder"),
        new(K.Tooi, FieldKind.Text, About: "The organisation's TOOI id (https://identifier.overheid.nl/tooi/id/...): the publisher in the Woo-index"),
    ]);

    /// <summary>The common keys and the type's own; built once per type (see <see cref="DocumentType.Schema"/>).</summary>
    public static Schema For(DocumentType type) => new(type.Article,
        Common.Select(f => f.Key == K.Kenmerk ? f with { Required = type.KenmerkRequired } : f).Concat(type.OwnFields));
}
