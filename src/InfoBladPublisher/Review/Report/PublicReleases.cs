using System.Text.Json;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Release;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// A review compares public releases only. It reads each release's own PDF text and pictures, so the internal
/// build (Woo-marked passages shown) would put withheld words into the report and into summary.md, which a pull
/// request comment carries. The public build never holds them: its passages became bars before any parsing.
/// </summary>
public static class PublicReleases
{
    public const string Public = "openbaar";
    public const string Intern = "intern";

    public static readonly SourcePosition BaseOption = new("--base", 1, 1);
    public static readonly SourcePosition HeadOption = new("--head", 1, 1);

    /// <summary>Reports each of the two that is an internal build (IBP049); a missing release is no problem here.</summary>
    /// <returns>False when either is refused.</returns>
    public static bool Check(string baseRelease, string headRelease, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        foreach (var (release, option) in new[] { (baseRelease, BaseOption), (headRelease, HeadOption) })
        {
            if (BuildOf(release) is Intern)
            {
                diagnostics.Report(DiagnosticCodes.InternalBuildReviewed, option,
                    $"'{release}' is een interne build (het manifest zegt \"versie\": \"{Intern}\"): die toont gelakte (Woo-)passages, die een review in het rapport en de samenvatting zou overnemen; review de openbare build, gepubliceerd zonder --intern",
                    $"'{release}' is an internal build (its manifest says \"versie\": \"{Intern}\"): it shows withheld (Woo) passages, which a review would copy into its report and summary; review the public build, published without --intern");
            }
        }

        return diagnostics.ErrorCount == before;
    }

    /// <summary>What a release's manifest says it is; null when there is no manifest to read (the reading reports that itself).</summary>
    internal static string? BuildOf(string release)
    {
        if (!File.Exists(Path.Combine(release, ReleaseManifest.FileName)))
        {
            return null;
        }

        try
        {
            return ReleaseManifest.Read(release).Build;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
