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
    LogoFile? Logo);
