namespace InfoBladPublisher.Common;

/// <summary>Every file below a root, found by its confined walk and read through its confinement, with its SHA-256.</summary>
internal static class FolderHashes
{
    /// <returns>Relative path (with '/') and the hash, or the reason the file could not be read; sorted by path.</returns>
    public static IEnumerable<(string Path, string Sha256OrProblem)> Of(ConfinedDirectory root)
    {
        foreach (var file in root.Walk().Files)
        {
            yield return (file.Path, root.TryHash(file.Path, out var problem) ?? problem.ToString());
        }
    }
}
