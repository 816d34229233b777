namespace InfoBladPublisher.Common;

/// <summary>The schemes a link may use, for the Markdown link check, the sanitiser and the final page check alike.</summary>
internal static class LinkSchemes
{
    public static readonly IReadOnlyList<string> Allowed = ["http", "https", "mailto"];

    public static bool IsAllowed(string scheme) => Allowed.Contains(scheme, StringComparer.OrdinalIgnoreCase);
}
