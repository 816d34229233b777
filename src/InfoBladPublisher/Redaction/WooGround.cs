namespace InfoBladPublisher.Redaction;

/// <summary>A ground of the Wet open overheid for withholding a passage (articles 5.1 and 5.2), as the Woo platforms label it.</summary>
public sealed record WooGround(string Code, string Label)
{
    public static IReadOnlyList<WooGround> All { get; } =
    [
        new("5.1.1a", "eenheid van de Kroon"),
        new("5.1.1b", "veiligheid van de Staat"),
        new("5.1.1c", "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens"),
        new("5.1.1d", "bijzondere persoonsgegevens"),
        new("5.1.1e", "identificatienummers"),
        new("5.1.2a", "internationale betrekkingen"),
        new("5.1.2b", "economische of financiële belangen van de Staat"),
        new("5.1.2c", "opsporing en vervolging van strafbare feiten"),
        new("5.1.2d", "inspectie, controle en toezicht"),
        new("5.1.2e", "eerbiediging van de persoonlijke levenssfeer"),
        new("5.1.2f", "concurrentiegevoelige bedrijfs- en fabricagegegevens"),
        new("5.1.2g", "bescherming van het milieu"),
        new("5.1.2h", "beveiliging van personen en bedrijven"),
        new("5.1.2i", "het goed functioneren van de Staat"),
        new("5.1.5", "onevenredige benadeling"),
        new("5.2", "persoonlijke beleidsopvattingen in documenten voor intern beraad"),
    ];

    public static WooGround? Find(string code) => All.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal));

    /// <summary>What a screen reader says for the bar, and what the PDF carries as its text: never the passage.</summary>
    public string Alternative => $"Gelakt: {Code}, {Label}";
}
