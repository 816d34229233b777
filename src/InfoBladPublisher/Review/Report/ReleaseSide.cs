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
    /// <summary>Both sides at once: each takes its own browser pages and pdftoppm processes, so two cores are kept busy.</summary>
    public static async Task<(ReleaseSide Base, ReleaseSide Head)> ReadBothAsync(string baseRelease, string headRelease, Rendering.Browser.BrowserHost browser, SameOutputs? same = null, CancellationToken cancellationToken = default)
    {
        var before = ReadAsync(baseRelease, browser, same, cancellationToken);
        var after = ReadAsync(headRelease, browser, same, cancellationToken);
        await Task.WhenAll(before, after).ConfigureAwait(false);
        return (await before.ConfigureAwait(false), await after.ConfigureAwait(false));
    }

    /// <param name="same">What the other side has byte for byte: not pictured, and its text not read.</param>
    public static async Task<ReleaseSide> ReadAsync(string releaseFolder, Rendering.Browser.BrowserHost browser, SameOutputs? same = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(releaseFolder, ReleaseManifest.FileName)))
        {
            return ReleaseSide.Empty; // e.g. a base from before the first document
        }

        var manifest = ReleaseCheck.Verified(releaseFolder);
        if (manifest.Build == PublicReleases.Intern)
        {
            // The command refuses it first (IBP049, PublicReleases); a caller that did not check is a bug.
            throw new InvalidOperationException($"{releaseFolder} is an internal build; a review reads public releases only");
        }

        var files = Snapshot.Documents(releaseFolder, manifest);
        var images = await Snapshot.TakeAsync(files, browser, same, cancellationToken).ConfigureAwait(false);
        var texts = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            files.Where(d => same?.Pdf.Contains(d.Id) != true),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (d, token) => texts[d.Id] = await PdfPageText.ReadAsync(d.Pdf, token).ConfigureAwait(false)).ConfigureAwait(false);
        var documents = new Dictionary<string, DocumentSide>(StringComparer.Ordinal);
        foreach (var (id, _, _) in files)
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
                texts.GetValueOrDefault(id) ?? [],
                images.Where(i => i.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(i => i.Key[prefix.Length..], i => i.Value, StringComparer.Ordinal));
        }

        return new ReleaseSide(documents);
    }
}
