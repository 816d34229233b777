using System.Globalization;
using System.Text.Json;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Release;

/// <summary>The release already in a version's folder, as its manifest describes it: what a new build is held against.</summary>
internal sealed record PublishedRelease(ReleaseManifest? Manifest, string ManifestSha256, string Published)
{
    /// <returns>Null when the version's folder does not exist; a release without a readable manifest has a null <see cref="Manifest"/>.</returns>
    public static PublishedRelease? Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var path = Path.Combine(folder, ReleaseManifest.FileName);
        try
        {
            var bytes = File.ReadAllBytes(path);

            // The manifest's own time is when the release was swapped in: the writer makes every file fresh.
            var published = File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            return new PublishedRelease(ReleaseManifest.Parse(bytes, folder), Hashing.Sha256Hex(bytes), published);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return new PublishedRelease(null, "-", "-");
        }
    }

    /// <summary>What a new build would change: with no readable manifest, everything about the folder is unknown, so manifest.json counts as changed.</summary>
    public ReleaseDifference DifferenceTo(IReadOnlyList<ReleaseFile> files, IReadOnlyList<ManifestDocument> documents) =>
        Manifest is null ? new ReleaseDifference([], [], [ReleaseManifest.FileName]) : ReleaseDifference.Between(Manifest, files, documents);

    /// <summary>The record a replacing release's manifest carries.</summary>
    public ManifestReplacement Replacement(ReleaseDifference difference) =>
        new(ManifestSha256, Published, Manifest?.Commit, difference.Added, difference.Removed, difference.Changed);
}
