using System.Text.Json;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Release;

/// <summary>
/// A release folder held against its manifest: every file it names must be there with its size and SHA-256, and
/// nothing else may be there. A release folder can come from an artifact download as easily as from our own
/// build, so nothing in it is trusted: every path is read through the confinement to the folder (no "..", no
/// absolute path, no link out, only regular files), and the folder is walked the same way. Files are hashed
/// streaming, several at a time.
/// </summary>
public static class ReleaseCheck
{
    /// <returns>Each problem as a plain sentence naming the file; empty when the release is whole.</returns>
    public static IReadOnlyList<string> Problems(string releaseFolder) => Read(releaseFolder).Problems;

    /// <summary>The manifest of a release that was checked whole, for those that then read its files (snapshot, review).</summary>
    /// <exception cref="InvalidReleaseException">The release does not match its manifest; nothing outside it was read.</exception>
    internal static ReleaseManifest Verified(string releaseFolder)
    {
        var (manifest, problems) = Read(releaseFolder);
        return manifest is not null && problems.Count == 0 ? manifest : throw new InvalidReleaseException(releaseFolder, problems);
    }

    private static (ReleaseManifest? Manifest, IReadOnlyList<string> Problems) Read(string releaseFolder)
    {
        var root = new ConfinedDirectory(releaseFolder, releaseFolder);
        ReleaseManifest manifest;
        try
        {
            var bytes = root.TryReadBytes(ReleaseManifest.FileName, Limits.YamlFileBytes * 64, out var problem);
            if (bytes is null)
            {
                return (null, [$"{ReleaseManifest.FileName}: {Describe(problem)}"]);
            }

            manifest = ReleaseManifest.Parse(bytes, releaseFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, [$"{ReleaseManifest.FileName}: cannot be read as a release manifest ({ex.Message.Split('\n', 2)[0]})"]);
        }

        var named = manifest.NamedFiles.ToList();
        var expected = new HashSet<string>(named.Select(f => f?.Path).OfType<string>(), StringComparer.Ordinal) { ReleaseManifest.FileName };

        // On every core: a no-op publish checks the whole release this way before it says there is nothing to do.
        var problems = named.AsParallel().AsOrdered().Select(file => ProblemOf(root, file)).OfType<string>().ToList();

        var listing = root.Walk();
        problems.AddRange(listing.Problems.Select(p => $"{p.Path}: {Describe(p.Kind)}"));
        problems.AddRange(listing.Files.Where(f => !expected.Contains(f.Path)).Select(f => $"{f.Path}: not in the manifest"));
        return (manifest, problems);
    }

    private static string? ProblemOf(ConfinedDirectory root, ManifestFile file)
    {
        if (file?.Path is null)
        {
            return $"{ReleaseManifest.FileName}: names a file without a path";
        }

        if (!IsPlainRelative(file.Path))
        {
            return $"{PrintablePath(file.Path)}: the manifest names a path outside the release folder; the manifest is not this build's";
        }

        switch (root.Check(file.Path, out var full))
        {
            case FileProblem.None:
                break;
            case FileProblem.Missing:
                return $"{file.Path}: missing";
            case var problem:
                return $"{file.Path}: {Describe(problem)}";
        }

        using var stream = new FileStream(full!, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length != file.Bytes)
        {
            return $"{file.Path}: {stream.Length} bytes, the manifest says {file.Bytes}";
        }

        return Hashing.Sha256Hex(stream) != file.Sha256 ? $"{file.Path}: changed (its SHA-256 is not the manifest's)" : null;
    }

    /// <summary>What our own build writes: a relative path of plain names joined by '/'.</summary>
    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsControl)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static string PrintablePath(string path) => Diagnostics.PrintableText.Escape(Snippet.Of(path, 80));

    private static string Describe(FileProblem problem) => problem switch
    {
        FileProblem.Missing => "missing",
        FileProblem.Outside => "a link out of the release folder, which was not followed",
        FileProblem.TooLarge => "larger than a manifest can be",
        FileProblem.NotAFile => "not a regular file (a FIFO, socket or device)",
        _ => "cannot be read",
    };

    private static string Describe(WalkProblemKind kind) => kind switch
    {
        WalkProblemKind.LeadsOutside => "a link out of the release folder, which was not followed",
        WalkProblemKind.LinkLoop => "a loop of links",
        WalkProblemKind.NotAFile => "not a regular file (a FIFO, socket or device)",
        WalkProblemKind.TooMany => "the release folder holds more entries than a release can",
        WalkProblemKind.TooDeep => "folders nested deeper than a release has",
        _ => "cannot be listed",
    };
}

/// <summary>A release folder that does not match its manifest: snapshot and review refuse it before reading any file of it.</summary>
public sealed class InvalidReleaseException(string releaseFolder, IReadOnlyList<string> problems)
    : Exception($"{releaseFolder} is not a whole release: {string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? $"; and {problems.Count - 5} more" : string.Empty)}")
{
    public string Folder { get; } = releaseFolder;

    public IReadOnlyList<string> Problems { get; } = problems;
}
