using System.Text.Json;
using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Release;

/// <summary>
/// What a new build of a version would change in the release already published under that version, file by
/// file, by the hashes the published manifest recorded. manifest.json itself is left out of the file list (it
/// names the commit and the tool's build, which change without the release changing); the documents' metadata
/// it holds is compared, and a difference there is reported as a change of manifest.json.
/// </summary>
public sealed record ReleaseDifference(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public bool IsNone => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    internal static ReleaseDifference Between(ReleaseManifest published, IReadOnlyList<ReleaseFile> files, IReadOnlyList<ManifestDocument> documents)
    {
        var before = published.NamedFiles
            .GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Sha256, StringComparer.Ordinal);
        var after = files.Where(f => f.Path != ReleaseManifest.FileName).ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var changed = after.Where(f => before.TryGetValue(f.Key, out var sha) && sha != f.Value).Select(f => f.Key).ToList();
        if (Metadata(published.Documents) != Metadata(documents))
        {
            changed.Add(ReleaseManifest.FileName);
        }

        return new ReleaseDifference(
            after.Keys.Where(p => !before.ContainsKey(p)).Order(StringComparer.Ordinal).ToList(),
            before.Keys.Where(p => !after.ContainsKey(p)).Order(StringComparer.Ordinal).ToList(),
            changed.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>"changed: a.pdf, a.html; added: b.pdf; and 3 more": the first few of each kind, for one line.</summary>
    public string Summary(int shown = 6) => Worded(shown).En;

    /// <summary>The same summary in Dutch and English, for a message.</summary>
    public Wording Worded(int shown = 6)
    {
        var nl = new List<string>();
        var en = new List<string>();
        var left = shown;
        foreach (var (kindNl, kindEn, paths) in new[] { ("gewijzigd", "changed", Changed), ("toegevoegd", "added", Added), ("verwijderd", "removed", Removed) })
        {
            var take = paths.Take(Math.Max(left, 0)).ToList();
            left -= take.Count;
            if (take.Count > 0)
            {
                nl.Add($"{kindNl}: {string.Join(", ", take)}");
                en.Add($"{kindEn}: {string.Join(", ", take)}");
            }
        }

        var more = Changed.Count + Added.Count + Removed.Count - shown;
        return new(
            string.Join("; ", nl) + (more > 0 ? $"; en nog {more}" : string.Empty),
            string.Join("; ", en) + (more > 0 ? $"; and {more} more" : string.Empty));
    }

    /// <summary>The documents' entries without their files (compared above by hash), in one comparable text.</summary>
    private static string Metadata(IEnumerable<ManifestDocument> documents) =>
        JsonSerializer.Serialize(documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d with { Files = [] }));
}
