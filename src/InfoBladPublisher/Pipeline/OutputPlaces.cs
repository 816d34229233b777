using InfoBladPublisher.Common;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Where a publish may write. Releases and caches never go into the sources (content/, templates/), never to the
/// file system's root, and the public and the internal builds never meet: the internal build lives in
/// OUTPUT/intern/, a name no public release or output folder may have, and no internal build goes inside a
/// public release.
/// </summary>
internal static class OutputPlaces
{
    public static readonly SourcePosition OutputOption = new("--output", 1, 1);
    public static readonly SourcePosition CacheOption = new("--cache", 1, 1);

    /// <param name="options">The options as the run uses them (for the internal build, after <see cref="PublishOptions.AsIntern"/>).</param>
    public static bool Check(PublishOptions options, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        Place(options.ReleasesRoot, OutputOption, options, diagnostics);
        if (options.CacheFolder is { } cache && options.CacheReads)
        {
            Place(cache, CacheOption, options, diagnostics);
        }

        if (diagnostics.ErrorCount == before && !options.Intern && !string.IsNullOrWhiteSpace(options.ReleasesRoot))
        {
            // A public output folder named intern, or directly inside one, is where an internal build of its parent
            // goes (OUTPUT/intern/VERSION). Higher ancestors are not looked at: a home folder may be called so.
            var full = Full(options.ReleasesRoot);
            if (Ancestry(full).Take(2).Any(f => Path.GetFileName(f).Equals(PublishOptions.InternFolder, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Report(DiagnosticCodes.OutputPlace, OutputOption, $"'{options.ReleasesRoot}' is, of ligt in, een map met de naam '{PublishOptions.InternFolder}', waar de interne build komt: een openbare release mag daar niet staan", $"'{options.ReleasesRoot}' is, or is inside, a folder named '{PublishOptions.InternFolder}', where the internal build is written: a public release may not go there");
            }
        }

        if (diagnostics.ErrorCount == before && options.Intern && !string.IsNullOrWhiteSpace(options.ReleasesRoot))
        {
            // The internal build never inside a public release (a folder with a manifest), which would publish it.
            var inside = Ancestry(Full(options.ReleasesRoot)).FirstOrDefault(f => File.Exists(Path.Combine(f, ReleaseManifest.FileName)));
            if (inside is not null)
            {
                diagnostics.Report(DiagnosticCodes.OutputPlace, OutputOption, $"de interne build zou in de release '{inside}' komen; geef --output de map die de releases bevat, niet een release", $"the internal build would go inside the release '{inside}'; give --output the folder that holds releases, not a release");
            }
        }

        return diagnostics.ErrorCount == before;
    }

    private static void Place(string path, SourcePosition option, PublishOptions options, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            diagnostics.Report(DiagnosticCodes.OutputPlace, option, $"{option.File} is leeg; geef een map (bijvoorbeeld {(option == CacheOption ? "artifacts/cache" : "artifacts/release")})", $"{option.File} is empty; name a folder (for example {(option == CacheOption ? "artifacts/cache" : "artifacts/release")})");
            return;
        }

        var full = Full(path);
        if (Path.GetPathRoot(full) == full)
        {
            diagnostics.Report(DiagnosticCodes.OutputPlace, option, $"{option.File} '{path}' is de hoofdmap van het bestandssysteem; geef een eigen map", $"{option.File} '{path}' is the root of the file system; name a folder of its own");
            return;
        }

        foreach (var (source, name, nameNl) in new[] { (options.ContentRoot, "content", "content"), (options.TemplateRoot, "template", "sjabloon") })
        {
            var root = Full(source);
            var written = option == OutputOption ? Path.Combine(full, options.Version) : full;
            if (IsInside(full, root) || IsInside(root, written))
            {
                diagnostics.Report(DiagnosticCodes.OutputPlace, option, $"{option.File} '{path}' ligt in de {nameNl}map '{source}' (of de release zou die vervangen); releases en caches komen nooit in de bronnen, die git bijhoudt", $"{option.File} '{path}' is inside the {name} folder '{source}' (or its release would replace it); releases and caches never go into the sources, which git tracks");
                return;
            }
        }
    }

    /// <summary>The real path where it exists (links resolved), the full path as written where not.</summary>
    private static string Full(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return Path.TrimEndingDirectorySeparator(RealPath.Of(full) ?? full);
    }

    private static IEnumerable<string> Ancestry(string full)
    {
        for (var folder = full; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            yield return folder;
        }
    }

    private static bool IsInside(string path, string root) =>
        path.Equals(root, StringComparison.Ordinal) || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
