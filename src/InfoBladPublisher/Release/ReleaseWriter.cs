using System.Security.Cryptography;

namespace InfoBladPublisher.Release;

/// <summary>
/// Writes a release so that it appears whole or not at all: everything goes to a staging folder beside the
/// target, is read back and checked, and only then takes the target's place. A failure leaves the previous
/// release as it was.
/// </summary>
public static class ReleaseWriter
{
    public static string Write(string releasesRoot, string version, IReadOnlyList<ReleaseFile> files)
    {
        Directory.CreateDirectory(releasesRoot);
        var target = Path.Combine(releasesRoot, version);
        var staging = Path.Combine(releasesRoot, $".staging-{version}-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            foreach (var file in files)
            {
                var written = File.ReadAllBytes(Path.Combine(staging, file.Path));
                if (!SHA256.HashData(written).AsSpan().SequenceEqual(SHA256.HashData(file.Content)))
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

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Renames are atomic on one file system; the old release is removed only once the new one is in place.</summary>
    private static void Swap(string staging, string target)
    {
        string? retired = null;
        if (Directory.Exists(target))
        {
            retired = target + $".old-{Guid.NewGuid():N}";
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
