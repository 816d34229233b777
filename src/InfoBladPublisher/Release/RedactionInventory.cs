using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfoBladPublisher.Redaction;
using InfoBladPublisher.Rendering.Pdf;

namespace InfoBladPublisher.Release;

/// <summary>
/// A document's redaction inventory (<c>ID.gelakt.json</c>): how many passages were withheld under each Woo
/// ground, and on which PDF page each bar stands. It names grounds and places, never the withheld text.
/// </summary>
internal sealed record RedactionInventory(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("versie")] string Build,
    [property: JsonPropertyName("gelakt")] int Total,
    [property: JsonPropertyName("gronden")] IReadOnlyList<InventoryGround> Grounds,
    [property: JsonPropertyName("plaatsen")] IReadOnlyList<InventoryPlace> Places)
{
    public const string Suffix = ".gelakt.json";
    public const string Format = "gelakt";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RedactionInventory Of(string documentId, IReadOnlyList<Marking> markings, IReadOnlyList<RedactionLocation> bars, bool intern) =>
        new(documentId, intern ? "intern" : "openbaar", markings.Count,
            markings.GroupBy(m => m.Ground).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g => new InventoryGround(g.Key.Code, g.Key.Label, g.Count())).ToList(),
            bars.Select(b => new InventoryPlace(b.Page, b.Ground, b.Region)).ToList());

    public byte[] ToJson() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json) + "\n");
}

internal sealed record InventoryGround(
    [property: JsonPropertyName("grond")] string Code,
    [property: JsonPropertyName("omschrijving")] string Label,
    [property: JsonPropertyName("aantal")] int Count);

/// <param name="Region">tekst, noot, vrij (the letterhead and other template blocks) or marge.</param>
internal sealed record InventoryPlace(
    [property: JsonPropertyName("pagina")] int Page,
    [property: JsonPropertyName("grond")] string Ground,
    [property: JsonPropertyName("waar")] string Region);
