using InfoBladPublisher.Common;

namespace InfoBladPublisher.Model;

/// <summary>A sender: one file under content/organisaties/, referred to by id from every document.</summary>
internal sealed record Organisation(
    string Id,
    string Ministerie,
    IReadOnlyList<string> Woordmerk,
    string Onderdeel,
    IReadOnlyList<string> Directie,
    IReadOnlyList<string> Bezoekadres,
    IReadOnlyList<string> Postadres,
    string? Website,
    LogoFile? Logo)
{
    /// <summary>The TOOI id of the publishing organisation (a ministry, or an agency such as the IND); null when the file has none.</summary>
    public string? Tooi { get; init; }

    /// <summary>The publisher's name beside its TOOI id: the ministry, or for an agency its own name.</summary>
    public string PublisherName => Tooi is { } uri && !uri.Contains("/ministerie/", StringComparison.Ordinal) ? Onderdeel : Ministerie;
}
