namespace InfoBladPublisher.Data;

/// <summary>The keys of content/datasets/&lt;id&gt;/dataset.yml.</summary>
internal static class DatasetKeys
{
    public const string Folder = "datasets";
    public const string MetadataFile = "dataset.yml";
    public const string CsvFile = "data.csv";

    public const string Titel = "titel";
    public const string Bron = "bron";
    public const string Peildatum = "peildatum";
    public const string Versie = "versie";
    public const string Eenheid = "eenheid";
    public const string Fictief = "fictief";
    public const string Sleutel = "sleutel";
    public const string Kolommen = "kolommen";
    public const string Totaal = "totaal";
    public const string Bronnen = "bronnen";
    public const string Rijen = "rijen";

    public const string Naam = "naam";
    public const string Type = "type";
    public const string Definitie = "definitie";
}
