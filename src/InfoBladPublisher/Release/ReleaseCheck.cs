using System.Text.Json;
using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;

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
    /// <returns>Each problem as a plain sentence naming the file, in both languages; empty when the release is whole.</returns>
    public static IReadOnlyList<Wording> Problems(string releaseFolder) => Read(releaseFolder).Problems;

    /// <summary>The manifest of a release that was checked whole, for those that then read its files (snapshot, review).</summary>
    /// <exception cref="InvalidReleaseException">The release does not match its manifest; nothing outside it was read.</exception>
    internal static ReleaseManifest Verified(string releaseFolder)
    {
        var (manifest, problems) = Read(releaseFolder);
        return manifest is not null && problems.Count == 0 ? manifest : throw new InvalidReleaseException(releaseFolder, problems);
    }

    private static (ReleaseManifest? Manifest, IReadOnlyList<Wording> Problems) Read(string releaseFolder)
    {
        var root = new ConfinedDirectory(releaseFolder, releaseFolder);
        ReleaseManifest manifest;
        try
        {
            var bytes = root.TryReadBytes(ReleaseManifest.FileName, Limits.YamlFileBytes * 64, out var problem);
            if (bytes is null)
            {
                return (null, [Named(ReleaseManifest.FileName, Describe(problem))]);
            }

            manifest = ReleaseManifest.Parse(bytes, releaseFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            var reason = ex.Message.Split('\n', 2)[0];
            return (null, [Named(ReleaseManifest.FileName, new($"kan niet worden gelezen als releasemanifest ({reason})", $"cannot be read as a release manifest ({reason})"))]);
        }

        var named = manifest.NamedFiles.ToList();
        var expected = new HashSet<string>(named.Select(f => f?.Path).OfType<string>(), StringComparer.Ordinal) { ReleaseManifest.FileName };

        // On every core: a no-op publish checks the whole release this way before it says there is nothing to do.
        var problems = named.AsParallel().AsOrdered().Select(file => ProblemOf(root, file)).OfType<Wording>().ToList();

        var listing = root.Walk();
        problems.AddRange(listing.Problems.Select(p => Named(p.Path, Describe(p.Kind))));
        problems.AddRange(listing.Files.Where(f => !expected.Contains(f.Path)).Select(f => Named(f.Path, new("staat niet in het manifest", "not in the manifest"))));
        return (manifest, problems);
    }

    private static Wording? ProblemOf(ConfinedDirectory root, ManifestFile file)
    {
        if (file?.Path is null)
        {
            return Named(ReleaseManifest.FileName, new("noemt een bestand zonder pad", "names a file without a path"));
        }

        if (!IsPlainRelative(file.Path))
        {
            return Named(PrintablePath(file.Path), new(
                "het manifest noemt een pad buiten de releasemap; het manifest is niet van deze build",
                "the manifest names a path outside the release folder; the manifest is not this build's"));
        }

        if (root.Check(file.Path, out var full) is not FileProblem.None and var problem)
        {
            return Named(file.Path, Describe(problem));
        }

        using var stream = new FileStream(full!, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length != file.Bytes)
        {
            return Named(file.Path, new($"{stream.Length} bytes, het manifest zegt {file.Bytes}", $"{stream.Length} bytes, the manifest says {file.Bytes}"));
        }

        return Hashing.Sha256Hex(stream) != file.Sha256 ? Named(file.Path, new("gewijzigd (de SHA-256 is niet die van het manifest)", "changed (its SHA-256 is not the manifest's)")) : null;
    }

    /// <summary>"nota.html: missing": the file first, as every line of verify names it.</summary>
    private static Wording Named(string path, Wording problem) => new($"{path}: {problem.Nl}", $"{path}: {problem.En}");

    /// <summary>What our own build writes: a relative path of plain names joined by '/'.</summary>
    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsControl)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static string PrintablePath(string path) => Diagnostics.PrintableText.Escape(Snippet.Of(path, 80));

    private static readonly Wording LinkOut = new("een koppeling naar buiten de releasemap, die niet is gevolgd", "a link out of the release folder, which was not followed");

    private static readonly Wording NotAFile = new("geen gewoon bestand (een FIFO, socket of apparaat)", "not a regular file (a FIFO, socket or device)");

    private static Wording Describe(FileProblem problem) => problem switch
    {
        FileProblem.Missing => new("ontbreekt", "missing"),
        FileProblem.Outside => LinkOut,
        FileProblem.TooLarge => new("groter dan een manifest kan zijn", "larger than a manifest can be"),
        FileProblem.NotAFile => NotAFile,
        _ => new("kan niet worden gelezen", "cannot be read"),
    };

    private static Wording Describe(WalkProblemKind kind) => kind switch
    {
        WalkProblemKind.LeadsOutside => LinkOut,
        WalkProblemKind.LinkLoop => new("een kring van koppelingen", "a loop of links"),
        WalkProblemKind.NotAFile => NotAFile,
        WalkProblemKind.TooMany => new("de releasemap bevat meer items dan een release kan hebben", "the release folder holds more entries than a release can"),
        WalkProblemKind.TooDeep => new("mappen dieper genest dan een release heeft", "folders nested deeper than a release has"),
        _ => new("kan niet worden opgesomd", "cannot be listed"),
    };
}

/// <summary>A release folder that does not match its manifest: snapshot and review refuse it before reading any file of it.</summary>
public sealed class InvalidReleaseException(string releaseFolder, IReadOnlyList<Wording> problems)
    : Exception($"{releaseFolder} is not a whole release: {string.Join("; ", problems.Take(5).Select(p => p.En))}{(problems.Count > 5 ? $"; and {problems.Count - 5} more" : string.Empty)}")
{
    public string Folder { get; } = releaseFolder;

    public IReadOnlyList<Wording> Problems { get; } = problems;
}
