using System.Text.RegularExpressions;

namespace InfoBladPublisher.Charts;

/// <summary>The chart colours, read from the tokens file (--ib-grafiek-1, -2, …) so they live in one place.</summary>
internal static partial class ChartPalette
{
    /// <returns>The colours in order, or empty when the tokens define none.</returns>
    public static IReadOnlyList<string> FromTokens(string tokensCss)
    {
        var colours = Token().Matches(tokensCss)
            .OrderBy(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => m.Groups["hex"].Value.ToUpperInvariant())
            .ToList();
        return colours;
    }

    [GeneratedRegex(@"--ib-grafiek-(?<n>\d+)\s*:\s*(?<hex>#[0-9a-fA-F]{6})")]
    private static partial Regex Token();
}
