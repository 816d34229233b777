namespace InfoBladPublisher.StressCorpus;

/// <summary>
/// Senders, most with long ministry names and no woordmerk, so the letterhead must break the name itself. Only
/// the ministries whose TOOI id the design notes give carry one; the others show the sitemaps' warning (IBP088).
/// </summary>
internal static class Organisations
{
    public static IReadOnlyList<(string Id, string Yaml)> All { get; } =
    [
        ("bzk", """
            ministerie: Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
            onderdeel: Directoraat-Generaal Openbaar Bestuur en Democratische Rechtsstaat
            directie: [Directie Constitutionele Zaken en Wetgeving, Afdeling Grondwet en Democratie]
            bezoekadres: [Turfmarkt 147, 2511 DP Den Haag]
            postadres: [Postbus 20011, 2500 EA Den Haag]
            website: www.rijksoverheid.nl/bzk
            tooi: https://identifier.overheid.nl/tooi/id/ministerie/mnre1034
            """),
        ("lvvn", """
            ministerie: Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur
            onderdeel: Directoraat-Generaal Natuur, Visserij en Gebiedsgericht Werken
            directie: [Directie Natuur en Biodiversiteit]
            bezoekadres: [Bezuidenhoutseweg 73, 2594 AC Den Haag]
            website: www.rijksoverheid.nl/lvvn
            """),
        ("vws", """
            ministerie: Ministerie van Volksgezondheid, Welzijn en Sport
            onderdeel: Directoraat-Generaal Curatieve Zorg
            directie: [Directie Zorgverzekeringen]
            postadres: [Postbus 20350, 2500 EJ Den Haag]
            website: www.rijksoverheid.nl/vws
            """),
        ("jenv", """
            ministerie: Ministerie van Justitie en Veiligheid
            woordmerk: [Ministerie van Justitie, en Veiligheid]
            onderdeel: Directoraat-Generaal Migratie
            directie: [Directie Migratiebeleid]
            bezoekadres: [Turfmarkt 147, 2511 DP Den Haag]
            website: www.rijksoverheid.nl/jenv
            tooi: https://identifier.overheid.nl/tooi/id/ministerie/mnre1058
            """),
        ("ocw", """
            ministerie: Ministerie van Onderwijs, Cultuur en Wetenschap
            onderdeel: Directoraat-Generaal Hoger Onderwijs, Beroepsonderwijs, Wetenschap en Emancipatie
            directie: [Directie Middelbaar Beroepsonderwijs, Directie Hoger Onderwijs en Studiefinanciering]
            postadres: [Postbus 16375, 2500 BJ Den Haag]
            website: www.rijksoverheid.nl/ocw
            """),
    ];
}
