using System.Security.Cryptography;
using System.Text.Json;

namespace InfoBladPublisher.Release;

/// <summary>
/// A release folder held against its manifest: every file it names must be there with its size and SHA-256, and
/// nothing else may be there. Files are hashed one at a time, streaming.
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

        var problems = new List<string>();
        var named = manifest.Documents.SelectMany(d => d.Files).Concat(manifest.Index is { } index ? [index] : []).ToList();
        var expected = new HashSet<string>(named.Select(f => f.Path), StringComparer.Ordinal) { ReleaseManifest.FileName };
        foreach (var file in named)
        {
            var path = Path.Combine(releaseFolder, file.Path);
            if (file.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(file.Path) || !File.Exists(path))
            {
                problems.Add($"{file.Path}: missing");
                continue;
            }

            using var stream = File.OpenRead(path);
            if (stream.Length != file.Bytes)
            {
                problems.Add($"{file.Path}: {stream.Length} bytes, the manifest says {file.Bytes}");
            }
            else if (Convert.ToHexStringLower(SHA256.HashData(stream)) != file.Sha256)
            {
                problems.Add($"{file.Path}: changed (its SHA-256 is not the manifest's)");
            }
        }

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
}
