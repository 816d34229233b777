using System.Text.Json.Serialization;

namespace InfoBladPublisher.Release;

/// <summary>manifest.json: what a release contains, so anyone can verify it file by file.</summary>
public sealed record ReleaseManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("generator")] string Generator,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("documents")] IReadOnlyList<ManifestDocument> Documents);

public sealed record ManifestDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("datum")] string Datum,
    [property: JsonPropertyName("kenmerk")] string Kenmerk,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestFile> Files);

public sealed record ManifestFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("pages")] int? Pages);
