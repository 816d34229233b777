namespace InfoBladPublisher.Common;

/// <summary>
/// <c>[tekst](doc:id)</c> links one published document to another in the same release. The id is checked
/// with the other links (LinkPolicy); the renderer turns it into id.pdf in print and id.html on the web.
/// </summary>
internal static class DocumentLinks
{
    public const string Scheme = "doc:";

    public static string? TargetOf(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.Ordinal) ? url[Scheme.Length..] : null;
}
