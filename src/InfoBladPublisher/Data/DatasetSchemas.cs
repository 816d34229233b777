using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Data.DatasetKeys;

namespace InfoBladPublisher.Data;

internal static class DatasetSchemas
{
    public static readonly Schema Column = new("a dataset column",
    [
        new(K.Naam, FieldKind.Text, Required: true),
        new(K.Titel, FieldKind.Text),
        new(K.Type, FieldKind.Text, Required: true, AllowedValues: ColumnTypeNames.All),
        new(K.Definitie, FieldKind.Text, Required: true),
    ]);

    public static readonly Schema Dataset = new("a dataset",
    [
        new(K.Titel, FieldKind.Text, Required: true),
        new(K.Bron, FieldKind.Text, Required: true, Help: "who published the figures"),
        new(K.Peildatum, FieldKind.Date, Required: true, Help: "YYYY-MM-DD"),
        new(K.Versie, FieldKind.Text, Required: true),
        new(K.Eenheid, FieldKind.Text, Required: true),
        new(K.Fictief, FieldKind.Boolean),
        new(K.Sleutel, FieldKind.Text, Required: true, Help: "the column that names the rows"),
        new(K.Kolommen, FieldKind.MappingList, Required: true, Entries: Column),
        new(K.Totaal, FieldKind.TextMap),
        new(K.Bronnen, FieldKind.TextList),
        new(K.Rijen, FieldKind.MappingList),
    ]);
}
