using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Model.MetadataKeys;

namespace InfoBladPublisher.Model;

/// <summary>What each kind of YAML file may and must contain.</summary>
internal static class Schemas
{
    public static readonly IReadOnlyList<string> Statuses = ["concept", "definitief"];

    private static readonly FieldSpec[] Common =
    [
        new(K.Type, FieldKind.Text, Required: true, AllowedValues: DocumentTypeNames.All),
        new(K.Titel, FieldKind.Text, Required: true),
        new(K.Datum, FieldKind.Date, Required: true, Help: "YYYY-MM-DD"),
        new(K.Kenmerk, FieldKind.Text, Required: true),
        new(K.Datasets, FieldKind.TextMap, Help: "dataset id: versie"),
        new(K.Afzender, FieldKind.Text, Required: true, Help: "the id of a file in content/organisaties/"),
        new(K.Status, FieldKind.Text, Required: true, AllowedValues: Statuses),
        new(K.Voetnoten, FieldKind.TextMap),
        new(K.Nummering, FieldKind.Boolean),
    ];

    public static readonly Schema Nota = new("a nota", Common.Append(new(K.Aan, FieldKind.Text, Required: true)));

    public static readonly Schema Bijlage = new("a bijlage", Common.Concat(
    [
        new FieldSpec(K.BijlageNummer, FieldKind.WholeNumber, Required: true),
        new FieldSpec(K.HorendBij, FieldKind.Text, Required: true),
        new FieldSpec(K.Hoofddocument, FieldKind.Text),
        new FieldSpec(K.OnzeReferentie, FieldKind.Text, AllowEmpty: true),
        new FieldSpec(K.Contactpersoon, FieldKind.Text, AllowEmpty: true),
    ]));

    // An informatieblad is a publication, not correspondence: it need not carry a kenmerk.
    public static readonly Schema Informatieblad = new("an informatieblad", Common.Select(f => f.Key == K.Kenmerk ? f with { Required = false } : f));

    /// <summary>Used while the type itself is missing or wrong, so the other keys still get checked.</summary>
    public static readonly Schema AnyDocument = new("a document", Nota.Fields.Values.Concat(Bijlage.Fields.Values).DistinctBy(f => f.Key)
        .Select(f => f with { Required = f.Required && Common.Any(c => c.Key == f.Key) }));

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
    ]);

    public static Schema For(DocumentType type) => type switch
    {
        DocumentType.Nota => Nota,
        DocumentType.Bijlage => Bijlage,
        DocumentType.Informatieblad => Informatieblad,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
