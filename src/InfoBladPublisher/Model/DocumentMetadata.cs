namespace InfoBladPublisher.Model;

/// <summary>The checked metadata of one document, as the editor wrote it in document.yml.</summary>
public sealed record DocumentMetadata(
    DocumentType Type,
    string Titel,
    DateOnly Datum,
    string? Kenmerk,
    string AfzenderId,
    string Status,
    bool Nummering,
    string? Aan = null,
    int? BijlageNummer = null,
    string? HorendBij = null,
    string? Hoofddocument = null,
    string? OnzeReferentie = null,
    string? Contactpersoon = null)
{
    /// <summary>The values of the type's own keys (<see cref="DocumentType"/>), by key, for the layout.</summary>
    public IReadOnlyDictionary<string, object?> Own { get; init; } = new Dictionary<string, object?>();
}
