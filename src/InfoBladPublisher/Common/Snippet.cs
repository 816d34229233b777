namespace InfoBladPublisher.Common;

/// <summary>A value quoted in a message: whole when short, else its start and an ellipsis.</summary>
internal static class Snippet
{
    public static string Of(string? value, int max = 40) => value is null ? string.Empty : value.Length <= max ? value : value[..max] + "…";
}
