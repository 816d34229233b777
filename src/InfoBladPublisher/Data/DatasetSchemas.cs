using InfoBladPublisher.Validation;
using K = InfoBladPublisher.Data.DatasetKeys;

namespace InfoBladPublisher.Data;

internal static class DatasetSchemas
{
    public static readonly Schema Column = new("a dataset column",
    [
        new(K.Naam, FieldKind.Text, Required: true, About: "The column's name, as rows and figures refer to it"),
        new(K.Titel, FieldKind.Text, About: "What the figures are, in one line"),
        new(K.Type, FieldKind.Text, Required: true, AllowedValues: ColumnTypeNames.All, About: "The kind of values in the column"),
        new(K.Definitie, FieldKind.Text, Required: true, About: "What the column counts, exactly"),
    ]);

    public static readonly Schema Dataset = new("a dataset",
    [
        new(K.Titel, FieldKind.Text, Required: true, About: "What the figures are, in one line"),
        new(K.Bron, FieldKind.Text, Required: true, Help: "who published the figures", HelpNl: "wie de cijfers heeft gepubliceerd", About: "Who published the figures"),
        new(K.Peildatum, FieldKind.Date, Required: true, Help: "YYYY-MM-DD", About: "The date the figures hold for, YYYY-MM-DD"),
        new(K.Versie, FieldKind.Text, Required: true, About: "The version; a document names it under datasets and is told when it changes"),
        new(K.Eenheid, FieldKind.Text, Required: true, About: "The unit of the figures, such as aanvragen or procent"),
        new(K.Fictief, FieldKind.Boolean, About: "ja when the figures are made up (the charts then say so)"),
        new(K.Sleutel, FieldKind.Text, Required: true, Help: "the column that names the rows", HelpNl: "de kolom die de rijen een naam geeft", About: "The column that names the rows"),
        new(K.Kolommen, FieldKind.MappingList, Required: true, Entries: Column, About: "The columns: naam, titel, type and definitie each"),
        new(K.Totaal, FieldKind.TextMap, About: "Totals per column that the rows must add up to"),
        new(K.Bronnen, FieldKind.TextList, About: "The sources, one line per entry"),
        new(K.Rijen, FieldKind.MappingList, About: "The rows, unless they are in data.csv beside this file"),
    ]);
}
