using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Model;

/// <summary>What each kind of YAML file may and must contain.</summary>
internal static class Schemas
{
    public static readonly IReadOnlyList<string> Statuses = ["concept", "definitief"];

    private static readonly FieldSpec[] Common =
    [
        new(K.Type, FieldKind.Text, Required: true, AllowedValues: DocumentType.All.Select(t => t.Name).ToList()),
        new(K.Titel, FieldKind.Text, Required: true),
        new(K.Datum, FieldKind.Date, Required: true, Help: "YYYY-MM-DD"),
        new(K.Kenmerk, FieldKind.Text, Required: true),
        new(K.Datasets, FieldKind.TextMap, Help: "dataset id: versie"),
        new(K.Afzender, FieldKind.Text, Required: true, Help: "the id of a file in content/organisaties/, such as jenv-dgm; a sender's name, addresses and logo live in that file"),
        new(K.Status, FieldKind.Text, Required: true, AllowedValues: Statuses),
        new(K.GeaccordeerdDoor, FieldKind.Text, Help: "who approved the document, such as 'DG Migratie'; with geaccordeerd_op"),
        new(K.GeaccordeerdOp, FieldKind.Date, Help: "YYYY-MM-DD, the day it was approved; with geaccordeerd_door"),
        new(K.Voetnoten, FieldKind.TextMap),
        new(K.Nummering, FieldKind.Boolean),
        new(K.Samenvatting, FieldKind.Text, Help: "two or three sentences for the release's document page and the Woo-index; without it, the first paragraph"),
        new(K.Informatiecategorie, FieldKind.Text, AllowedValues: Tooi.Informatiecategorieen.Select(t => t.Label).ToList(), Help: "the Woo information category (TOOI); each type has a default"),
        new(K.Documentsoort, FieldKind.Text, AllowedValues: Tooi.Documentsoorten.Select(t => t.Label).ToList(), Help: "the kind of document (TOOI); each type has a default"),
        new(K.VerwijstNaar, FieldKind.TextList, Help: "ids of other documents in content/documenten/ this one refers to"),
    ];

    /// <summary>Used while the type itself is missing or wrong, so the other keys still get checked.</summary>
    public static readonly Schema AnyDocument = new("a document", Common.Concat(DocumentType.All.SelectMany(t => t.OwnFields.Select(f => f with { Required = false }))).DistinctBy(f => f.Key));

    public static readonly Schema Organisation = new("an organisation",
    [
        new(K.Ministerie, FieldKind.Text, Required: true),
        new(K.Woordmerk, FieldKind.TextList),
        new(K.Onderdeel, FieldKind.Text, Required: true),
        new(K.Directie, FieldKind.TextList),
        new(K.Bezoekadres, FieldKind.TextList),
        new(K.Postadres, FieldKind.TextList),
        new(K.Website, FieldKind.Text),
        new(K.Logo, FieldKind.Text),
        new(K.Tooi, FieldKind.Text, Help: "the organisation's TOOI id, such as https://identifier.overheid.nl/tooi/id/ministerie/mnre1058; the publisher in the Woo-index"),
    ]);

    /// <summary>The common keys and the type's own; built once per type (see <see cref="DocumentType.Schema"/>).</summary>
    public static Schema For(DocumentType type) => new(type.Article,
        Common.Select(f => f.Key == K.Kenmerk ? f with { Required = type.KenmerkRequired } : f).Concat(type.OwnFields));
}
