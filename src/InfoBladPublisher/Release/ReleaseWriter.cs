using System.Security.Cryptography;

namespace InfoBladPublisher.Release;

/// <summary>
/// Writes a release so that it appears whole or not at all: everything goes to a staging folder beside the
/// target, is read back and checked, and only then takes the target's place. A failure leaves the previous
/// release as it was.
/// </summary>
internal static class ReleaseWriter
{
    public const string StagingPrefix = ".staging-";
    public const string RetiredInfix = ".old-";
    private const string LockFile = ".publish.lock";

    public static string Write(string releasesRoot, string version, IReadOnlyList<ReleaseFile> files) =>
        Write(releasesRoot, version, _ => files)!;

    /// <param name="compose">
    /// Given the version's folder, the files to write, or null to write nothing. It runs under the writer's lock,
    /// so what it sees of a release already there is still there when the new one takes its place.
    /// </param>
    /// <returns>The release folder, or null when <paramref name="compose"/> wrote nothing.</returns>
    public static string? Write(string releasesRoot, string version, Func<string, IReadOnlyList<ReleaseFile>?> compose)
    {
        Directory.CreateDirectory(releasesRoot);

        // One writer at a time per output folder; whoever holds the lock knows any staging folder is stale.
        using var writerLock = new FileStream(Path.Combine(releasesRoot, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        RecoverInterrupted(releasesRoot);
        var target = Path.Combine(releasesRoot, version);
        if (compose(target) is not { } files)
        {
            return null;
        }

        var staging = Path.Combine(releasesRoot, $"{StagingPrefix}{version}-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (file.SourcePath is { } source)
                {
                    File.Copy(source, path); // streamed by the file system; checked below like every other file
                }
                else
                {
                    File.WriteAllBytes(path, file.Content);
                }
            }

            // Read back one file at a time, streaming: what is in staging is exactly what the manifest will say.
            foreach (var file in files)
            {
                using var written = File.OpenRead(Path.Combine(staging, file.Path));
                if (written.Length != file.Length || Convert.ToHexStringLower(SHA256.HashData(written)) != file.Sha256)
                {
                    throw new IOException($"{file.Path} did not read back as written");
                }
            }

            Swap(staging, target);
            return target;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// A publish killed while writing leaves a staging folder (removed here), or, between the two renames of
    /// <see cref="Swap"/>, the previous release under its retired name (put back here, never lost).
    /// </summary>
    public static void RecoverInterrupted(string releasesRoot)
    {
        foreach (var folder in Directory.GetDirectories(releasesRoot))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith(StagingPrefix, StringComparison.Ordinal))
            {
                Directory.Delete(folder, recursive: true);
                continue;
            }

            var retiredAt = name.LastIndexOf(RetiredInfix, StringComparison.Ordinal);
            if (retiredAt > 0 && name.Length - retiredAt - RetiredInfix.Length == 32)
            {
                var original = Path.Combine(releasesRoot, name[..retiredAt]);
                if (Directory.Exists(original))
                {
                    Directory.Delete(folder, recursive: true);
                }
                else
                {
                    Directory.Move(folder, original);
                }
            }
        }
    }

    /// <summary>Renames are atomic on one file system; the old release is removed only once the new one is in place.</summary>
    private static void Swap(string staging, string target)
    {
        string? retired = null;
        if (Directory.Exists(target))
        {
            retired = target + $"{RetiredInfix}{Guid.NewGuid():N}";
            Directory.Move(target, retired);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (retired is not null)
            {
                Directory.Move(retired, target);
            }

            throw;
        }

        if (retired is not null)
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
