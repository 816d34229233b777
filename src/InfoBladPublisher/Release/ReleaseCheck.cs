using System.Security.Cryptography;
using System.Text.Json;

namespace InfoBladPublisher.Release;

/// <summary>
/// A release folder held against its manifest: every file it names must be there with its size and SHA-256, and
/// nothing else may be there. Files are hashed streaming, several at a time.
/// </summary>
public static class ReleaseCheck
{
    /// <returns>Each problem as a plain sentence naming the file; empty when the release is whole.</returns>
    public static IReadOnlyList<string> Problems(string releaseFolder)
    {
        ReleaseManifest manifest;
        try
        {
            manifest = ReleaseManifest.Read(releaseFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return [$"{ReleaseManifest.FileName}: cannot be read as a release manifest ({ex.Message.Split('\n', 2)[0]})"];
        }

        var named = manifest.Documents.SelectMany(d => d.Files).Concat(manifest.Index is { } index ? [index] : []).ToList();
        var expected = new HashSet<string>(named.Select(f => f.Path), StringComparer.Ordinal) { ReleaseManifest.FileName };

        // On every core: a no-op publish checks the whole release this way before it says there is nothing to do.
        var problems = named.AsParallel().AsOrdered().Select(file => ProblemOf(releaseFolder, file)).OfType<string>().ToList();

        foreach (var path in Directory.EnumerateFileSystemEntries(releaseFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(releaseFolder, path).Replace('\\', '/');
            if (!expected.Contains(relative) && !Directory.Exists(path))
            {
                problems.Add($"{relative}: not in the manifest");
            }
        }

        return problems;
    }

    private static string? ProblemOf(string releaseFolder, ManifestFile file)
    {
        var path = Path.Combine(releaseFolder, file.Path);
        if (file.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(file.Path) || !File.Exists(path))
        {
            return $"{file.Path}: missing";
        }

        using var stream = File.OpenRead(path);
        if (stream.Length != file.Bytes)
        {
            return $"{file.Path}: {stream.Length} bytes, the manifest says {file.Bytes}";
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream)) != file.Sha256 ? $"{file.Path}: changed (its SHA-256 is not the manifest's)" : null;
    }
}
