using InfoBladPublisher.Release;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// The documents whose PDF, or web page, is byte for byte the same in two releases (by the hashes in their
/// verified manifests): nothing to picture there, as equal bytes draw equal pages.
/// </summary>
public sealed record SameOutputs(IReadOnlySet<string> Pdf, IReadOnlySet<string> Web)
{
    public static SameOutputs None { get; } = new(new HashSet<string>(), new HashSet<string>());

    public bool Both(string id) => Pdf.Contains(id) && Web.Contains(id);

    /// <exception cref="InvalidReleaseException">A release does not match its manifest.</exception>
    public static SameOutputs Between(string baseRelease, string headRelease)
    {
        if (!File.Exists(Path.Combine(baseRelease, ReleaseManifest.FileName)) || !File.Exists(Path.Combine(headRelease, ReleaseManifest.FileName)))
        {
            return None;
        }

        var before = ReleaseCheck.Verified(baseRelease).Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var after = ReleaseCheck.Verified(headRelease).Documents;
        var both = after.Where(d => before.ContainsKey(d.Id)).Select(d => (Head: d, Base: before[d.Id])).ToList();
        return new SameOutputs(
            both.Where(p => Equal(p.Base, p.Head, "pdf")).Select(p => p.Head.Id).ToHashSet(StringComparer.Ordinal),
            both.Where(p => Equal(p.Base, p.Head, "html")).Select(p => p.Head.Id).ToHashSet(StringComparer.Ordinal));
    }

    private static bool Equal(ManifestDocument a, ManifestDocument b, string format) => a.FileOf(format).Sha256 == b.FileOf(format).Sha256;
}
