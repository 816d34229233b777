using System.Text.RegularExpressions;

namespace InfoBladPublisher.Review.Report;

/// <summary>
/// The head's errors and warnings, taken from what its publish printed (<c>file:line:col: error IBPnnn: …</c>),
/// with the paths as the pull request names its files: <c>content/…</c>, not <c>pr-head/content/…</c>.
/// </summary>
public static partial class HeadProblems
{
    public const string HeadFolder = "pr-head/";

    public static IReadOnlyList<string> Read(IEnumerable<string> lines) =>
        [.. lines.Select(l => l.Trim()).Where(l => Problem().IsMatch(l))
            .Select(l => l.StartsWith(HeadFolder, StringComparison.Ordinal) ? l[HeadFolder.Length..] : l)
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^[^:\s][^:]*:\d+:\d+: (error|warning) IBP\d+: ", RegexOptions.CultureInvariant)]
    private static partial Regex Problem();
}
