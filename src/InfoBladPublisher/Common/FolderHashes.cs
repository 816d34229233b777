namespace InfoBladPublisher.Common;

/// <summary>Every file below a root, read through its confinement (a link that leads out is named, not followed), with its SHA-256.</summary>
internal static class FolderHashes
{
    /// <returns>Relative path (with '/') and the hash, or the reason the file could not be read; sorted by path.</returns>
    public static IEnumerable<(string Path, string Sha256OrProblem)> Of(ConfinedDirectory root)
    {
        if (!root.Exists)
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root.FullPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root.FullPath, file).Replace('\\', '/');
            var bytes = root.TryReadBytes(relative, Limits.AssetFileBytes, out var problem);
            yield return (relative, bytes is null ? problem.ToString() : Hashing.Sha256Hex(bytes));
        }
    }
}
