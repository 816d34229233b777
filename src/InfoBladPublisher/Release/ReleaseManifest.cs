using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfoBladPublisher.Release;

/// <summary>manifest.json: what a release contains, so anyone can verify it file by file. Written and read only through this type.</summary>
internal sealed record ReleaseManifest(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("generator")] string Generator,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("documents")] IReadOnlyList<ManifestDocument> Documents)
{
    public const string FileName = "manifest.json";

    /// <summary>index.html, hashed like every document file, so nothing in a release goes unchecked.</summary>
    [JsonPropertyName("index")]
    public ManifestFile? Index { get; init; }

    /// <summary>The tool and the engine that made the release.</summary>
    [JsonPropertyName("tool")]
    public ManifestTool? Tool { get; init; }

    /// <summary>The source commit, when the publish was told it (<c>--commit</c>).</summary>
    [JsonPropertyName("commit")]
    public string? Commit { get; init; }

    /// <summary>Whether the work tree matched <see cref="Commit"/>, and which tracked files differed from it.</summary>
    [JsonPropertyName("workTree")]
    public ManifestWorkTree? WorkTree { get; init; }

    /// <summary>Every input by path and SHA-256: each content file read, every template file, each font the pages load.</summary>
    [JsonPropertyName("inputs")]
    public IReadOnlyList<ManifestSource>? Inputs { get; init; }

    /// <summary>"openbaar" for a release; "intern" for the internal build (Woo-marked passages shown), which is never one.</summary>
    [JsonPropertyName("versie")]
    public string? Build { get; init; }

    /// <summary>How many documents are concepts; more than none only in a release made with concepts allowed.</summary>
    [JsonPropertyName("concepten")]
    public int Concepts { get; init; }

    /// <summary>The release's files beside the documents: robots.txt and the DiWoo sitemaps for the Woo-index.</summary>
    [JsonPropertyName("site")]
    public IReadOnlyList<ManifestFile>? Site { get; init; }
    /// <summary>The release this one replaced under the same version (<c>publish --replace</c>), and what differed; absent for a first publish.</summary>
    [JsonPropertyName("replaces")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManifestReplacement? Replaces { get; init; }

    /// <summary>
    /// Every file the manifest names, the manifest itself aside: what verify holds the folder to, and what a new
    /// build of the version is compared with. A new kind of release file joins here, or both would miss it.
    /// </summary>
    [JsonIgnore]
    public IEnumerable<ManifestFile> NamedFiles => Documents.SelectMany(d => d.Files).Concat(Index is { } index ? [index] : []).Concat(Site ?? []);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] ToJson() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The manifest of a release folder.</summary>
    /// <exception cref="JsonException">The file is not a manifest.</exception>
    public static ReleaseManifest Read(string releaseFolder)
        => Parse(File.ReadAllBytes(Path.Combine(releaseFolder, FileName)), releaseFolder);

    /// <summary>A manifest's bytes, read by the caller (through the release folder's confinement).</summary>
    /// <exception cref="JsonException">The bytes are not a manifest.</exception>
    public static ReleaseManifest Parse(byte[] json, string releaseFolder)
    {
        var manifest = JsonSerializer.Deserialize<ReleaseManifest>(json, Json);

        // The serializer leaves a missing list null, whatever the type says.
        return manifest?.Documents is null || manifest.Documents.Any(d => d?.Files is null)
            ? throw new JsonException($"{Path.Combine(releaseFolder, FileName)} is not a release manifest")
            : manifest;
    }
}

internal sealed record ManifestDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("datum")] string Datum,
    [property: JsonPropertyName("kenmerk")] string? Kenmerk,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestFile> Files,
    [property: JsonPropertyName("datasets")] IReadOnlyList<ManifestDataset> Datasets)
{
    /// <summary>Who approved the document and when (geaccordeerd_door, geaccordeerd_op), if it says so.</summary>
    [JsonPropertyName("geaccordeerd")]
    public ManifestApproval? Approval { get; init; }

    /// <summary>The document's file in one format ("pdf", "pdfa" or "html").</summary>
    public ManifestFile FileOf(string format) => Files.Single(f => f.Format == format);
}

/// <summary>A dataset a document uses: the version it declares and the hash of every file, so figures can be traced.</summary>
internal sealed record ManifestDataset(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("versie")] string Versie,
    [property: JsonPropertyName("peildatum")] string Peildatum,
    [property: JsonPropertyName("fictief")] bool Fictief,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestSource> Files);

internal sealed record ManifestApproval(
    [property: JsonPropertyName("door")] string Door,
    [property: JsonPropertyName("datum")] string Datum);

internal sealed record ManifestSource(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256);

internal sealed record ManifestFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("pages")] int? Pages)
{
    /// <summary>The standard a PDF meets, as the engine wrote and checked it ("PDF/UA-1", "PDF/A-2a").</summary>
    [JsonPropertyName("standard")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Standard { get; init; }
}

/// <summary>A replaced release: its manifest's SHA-256 and time, its commit, and the files that differ from it.</summary>
internal sealed record ManifestReplacement(
    [property: JsonPropertyName("manifestSha256")] string ManifestSha256,
    [property: JsonPropertyName("published")] string Published,
    [property: JsonPropertyName("commit")] string? Commit,
    [property: JsonPropertyName("added")] IReadOnlyList<string> Added,
    [property: JsonPropertyName("removed")] IReadOnlyList<string> Removed,
    [property: JsonPropertyName("changed")] IReadOnlyList<string> Changed);

/// <param name="Build">The library's module id: it changes exactly when the tool's code or scripts do.</param>
internal sealed record ManifestTool(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("build")] string Build,
    [property: JsonPropertyName("engine")] string Engine);
