using System.Text.Json;

namespace InfoBladPublisher.Review.Report;

/// <summary>One side of a comparison: a release's documents with their metadata, page texts and pictures.</summary>
public sealed record ReleaseSide(IReadOnlyDictionary<string, DocumentSide> Documents)
{
    public static ReleaseSide Empty { get; } = new(new Dictionary<string, DocumentSide>());
}

/// <param name="Metadata">Title, datum, kenmerk, page count and datasets, as the manifest gives them.</param>
/// <param name="Images">Snapshot names (pdf-01.png, web-0390.png) to PNG bytes.</param>
public sealed record DocumentSide(
    string Id,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<IReadOnlyList<string>> PageText,
    IReadOnlyDictionary<string, byte[]> Images);

public static class ReleaseSideReader
{
    public static async Task<ReleaseSide> ReadAsync(string releaseFolder, Rendering.Pdf.BrowserHost browser, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(releaseFolder, "manifest.json")))
        {
            return ReleaseSide.Empty; // e.g. a base from before the first document
        }

        var images = await Snapshot.TakeAsync(releaseFolder, browser, cancellationToken).ConfigureAwait(false);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(releaseFolder, "manifest.json"), cancellationToken).ConfigureAwait(false));
        var documents = new Dictionary<string, DocumentSide>(StringComparer.Ordinal);
        foreach (var (id, pdf, _) in Snapshot.Documents(releaseFolder))
        {
            var entry = manifest.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["titel"] = Text(entry, "title"),
                ["datum"] = Text(entry, "datum"),
                ["kenmerk"] = Text(entry, "kenmerk"),
                ["status"] = Text(entry, "status"),
                ["pagina's"] = entry.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("format").GetString() == "pdf").GetProperty("pages").ToString(),
                ["datasets"] = entry.TryGetProperty("datasets", out var datasets)
                    ? string.Join(", ", datasets.EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("versie").GetString()}"))
                    : string.Empty,
            };
            var prefix = id + "/";
            documents[id] = new DocumentSide(
                id,
                metadata,
                await PdfPageText.ReadAsync(pdf, cancellationToken).ConfigureAwait(false),
                images.Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(i => i.Key[prefix.Length..], i => i.Value, StringComparer.Ordinal));
        }

        return new ReleaseSide(documents);
    }

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
