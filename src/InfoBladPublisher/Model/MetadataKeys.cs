namespace InfoBladPublisher.Model;

/// <summary>The Dutch YAML keys editors write. One place, so docs, schemas and binders agree.</summary>
internal static class MetadataKeys
{
    public const string Type = "type";
    public const string Titel = "titel";
    public const string Datum = "datum";
    public const string Kenmerk = "kenmerk";
    public const string Afzender = "afzender";
    public const string Aan = "aan";
    public const string Status = "status";
    public const string GeaccordeerdDoor = "geaccordeerd_door";
    public const string GeaccordeerdOp = "geaccordeerd_op";
    public const string Voetnoten = "voetnoten";
    public const string Nummering = "nummering";
    public const string Datasets = "datasets";
    public const string BijlageNummer = "bijlage_nummer";
    public const string HorendBij = "horend_bij";
    public const string Hoofddocument = "hoofddocument";
    public const string OnzeReferentie = "onze_referentie";
    public const string Contactpersoon = "contactpersoon";
    public const string Geadresseerde = "geadresseerde";
    public const string UwKenmerk = "uw_kenmerk";
    public const string Bijlagen = "bijlagen";
    public const string Ondertekening = "ondertekening";
    public const string Informatiecategorie = "informatiecategorie";
    public const string Documentsoort = "documentsoort";
    public const string Samenvatting = "samenvatting";
    public const string VerwijstNaar = "verwijst_naar";

    public const string Ministerie = "ministerie";
    public const string Woordmerk = "woordmerk";
    public const string Onderdeel = "onderdeel";
    public const string Directie = "directie";
    public const string Bezoekadres = "bezoekadres";
    public const string Postadres = "postadres";
    public const string Website = "website";
    public const string Logo = "logo";
    public const string Tooi = "tooi";
}
