namespace InfoBladPublisher.Diagnostics;

/// <summary>
/// One message in Dutch and in English, written together where the message is made, so no message can exist in
/// one language only (the compiler holds every call site to both).
/// </summary>
public sealed record Wording(string Nl, string En)
{
    public string In(Language language) => language == Language.En ? En : Nl;
}
