using System.Text.Json.Serialization;

namespace InfoBladPublisher.Release;

/// <summary>
/// Whether the work tree a release was made from matched its commit: "clean", "dirty" with the tracked files
/// that differed, or "unknown" when the publish was not told (no git, or run without Cake's list).
/// </summary>
internal sealed record ManifestWorkTree(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("changed")] IReadOnlyList<string> Changed)
{
    public const string Clean = "clean";
    public const string Dirty = "dirty";
    public const string Unknown = "unknown";

    /// <param name="changed">The tracked files that differ from the commit, as git names them; null when not known.</param>
    public static ManifestWorkTree Of(IReadOnlyList<string>? changed) => changed switch
    {
        null => new(Unknown, []),
        [] => new(Clean, []),
        _ => new(Dirty, changed.Order(StringComparer.Ordinal).ToList()),
    };
}
