using InfoBladPublisher.Rendering.Browser;
using InfoBladPublisher.Release;

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
    public static async Task<ReleaseSide> ReadAsync(string releaseFolder, Rendering.Browser.BrowserHost browser, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(releaseFolder, ReleaseManifest.FileName)))
        {
            return ReleaseSide.Empty; // e.g. a base from before the first document
        }

        var manifest = ReleaseCheck.Verified(releaseFolder);
        var images = await Snapshot.TakeAsync(releaseFolder, browser, cancellationToken).ConfigureAwait(false);
        var documents = new Dictionary<string, DocumentSide>(StringComparer.Ordinal);
        foreach (var (id, pdf, _) in Snapshot.Documents(releaseFolder))
        {
            var entry = manifest.Documents.Single(d => d.Id == id);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["titel"] = entry.Title,
                ["datum"] = entry.Datum,
                ["kenmerk"] = entry.Kenmerk ?? string.Empty,
                ["status"] = entry.Status,
                ["pagina's"] = entry.FileOf("pdf").Pages?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                // A manifest from before datasets were recorded has none.
                ["datasets"] = string.Join(", ", (entry.Datasets ?? []).Select(d => $"{d.Id} {d.Versie}")),
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
}
