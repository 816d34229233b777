using System.Globalization;
using System.Text;
using InfoBladPublisher.Common;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Make's question before a publish: is the release of this version already what this tree would give? The
/// stamp of the last publish (in the cache folder, never in the release) lists every file of content, templates
/// and the bundled fonts by path, size and modification time, with the engine, this tool's build and the
/// manifest's hash. When the stamp is unchanged and every file of the release still matches its manifest,
/// nothing is loaded or rendered. Anything else, a touched file or a changed release, runs the whole publish
/// (which its caches make cheap). A tree with a symbolic link is always published: a link's target can change
/// under an unchanged link.
/// </summary>
internal static class UpToDate
{
    public static string? Stamp(PublishOptions options, string engineVersion)
    {
        var stamp = new StringBuilder();
        stamp.Append("tool ").Append(typeof(UpToDate).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        stamp.Append("engine ").Append(options.Engine).Append(' ').Append(engineVersion).Append('\n');
        stamp.Append("version ").Append(options.Version).Append('\n');
        stamp.Append("commit ").Append(options.Commit ?? "-").Append('\n');
        stamp.Append("concepts ").Append(options.Concepts || options.Intern).Append('\n');
        stamp.Append("base ").Append(options.BaseUrl ?? "-").Append('\n');
        var engineFolder = Rendering.Pdf.PagedMediaEngines.PackageFolderOf(options.Engine, options.NodeModules);
        foreach (var (kind, root) in new[] { ("content", options.ContentRoot), ("templates", options.TemplateRoot), ("fonts", options.FontsFolder), ("engine", engineFolder) })
        {
            if (!List(stamp, kind, root))
            {
                return null;
            }
        }

        return stamp.ToString();
    }

    /// <summary>
    /// Whether the files a publish reads changed since the last publish into the same output folder, whatever
    /// its version: a hint that a document will be rendered, not a promise (the cache decides).
    /// </summary>
    public static bool InputsChanged(PublishOptions options, string stamp)
    {
        try
        {
            var last = LastFile(options);
            return File.Exists(last) && !Inputs(File.ReadAllText(last)).SequenceEqual(Inputs(stamp), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <returns>The release folder when it is current, else null.</returns>
    public static string? Current(PublishOptions options, string stamp)
    {
        var release = Path.Combine(options.ReleasesRoot, options.Version);
        var recorded = StampFile(options);
        try
        {
            if (!File.Exists(recorded) || !File.Exists(Path.Combine(release, ReleaseManifest.FileName)))
            {
                return null;
            }

            var manifestHash = Hashing.Sha256Hex(File.ReadAllBytes(Path.Combine(release, ReleaseManifest.FileName)));
            return File.ReadAllText(recorded) == stamp + "manifest " + manifestHash + "\n" && ReleaseCheck.Problems(release).Count == 0 ? release : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Record(PublishOptions options, string stamp, string release)
    {
        try
        {
            var manifestHash = Hashing.Sha256Hex(File.ReadAllBytes(Path.Combine(release, ReleaseManifest.FileName)));
            Directory.CreateDirectory(Path.GetDirectoryName(StampFile(options))!);
            WholeFile.Write(StampFile(options), Encoding.UTF8.GetBytes(stamp + "manifest " + manifestHash + "\n"));
            WholeFile.Write(LastFile(options), Encoding.UTF8.GetBytes(stamp));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // without a stamp the next publish simply runs in full
        }
    }

    /// <summary>The stamp's lines that name what a render reads: all but the version and the commit.</summary>
    private static IEnumerable<string> Inputs(string stamp) =>
        stamp.Split('\n').Where(line => !line.StartsWith("version ", StringComparison.Ordinal) && !line.StartsWith("commit ", StringComparison.Ordinal));

    /// <summary>The stamp of the last publish into this output folder, of any version.</summary>
    private static string LastFile(PublishOptions options) =>
        Path.Combine(options.CacheFolder!, "releases", Hashing.Sha256Hex(Encoding.UTF8.GetBytes(Path.GetFullPath(options.ReleasesRoot))) + ".last");

    private static string StampFile(PublishOptions options) =>
        Path.Combine(options.CacheFolder!, "releases", Hashing.Sha256Hex(Encoding.UTF8.GetBytes(Path.GetFullPath(options.ReleasesRoot) + "\n" + options.Version)) + ".stamp");

    /// <returns>False when the folder holds a symbolic link, or anything its confined walk leaves out.</returns>
    private static bool List(StringBuilder stamp, string kind, string root)
    {
        if (!Directory.Exists(root))
        {
            stamp.Append(kind).Append(" none\n");
            return true;
        }

        var listing = new ConfinedDirectory(root, root).Walk();
        if (listing.Problems.Count > 0 || listing.Files.Any(f => f.ThroughLink))
        {
            return false;
        }

        foreach (var file in listing.Files)
        {
            stamp.Append(kind).Append(' ').Append(file.Path).Append(' ')
                .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(file.LastWriteUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return true;
    }
}
