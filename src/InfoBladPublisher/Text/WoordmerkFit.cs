using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace InfoBladPublisher.Text;

/// <summary>
/// Sets a ministry's name in lines that fit beside the logo, as Rijksoverheid letterheads do ("Ministerie van
/// Binnenlandse Zaken en / Koninkrijksrelaties"). Widths are measured in the bundled Fira Sans at the woordmerk's
/// size; the space is the sheet right of the lint, less the outer margin, all read from the tokens.
/// </summary>
internal sealed partial class WoordmerkFit : IDisposable
{
    public const int MaxLines = 4;

    private readonly SKTypeface _typeface;
    private readonly SKFont _font;

    private WoordmerkFit(SKTypeface typeface, double sizePt, double availableMm)
    {
        _typeface = typeface;
        _font = new SKFont(typeface, (float)sizePt);
        AvailableMm = availableMm;
    }

    public double AvailableMm { get; }

    /// <returns>Null when the tokens or the font are not there to measure with; the layout gate still checks the page.</returns>
    public static WoordmerkFit? Create(string tokensCss, string fontsFolder)
    {
        var font = Path.Combine(fontsFolder, "fira-sans-latin-400-normal.woff");
        var tokens = Token().Matches(tokensCss).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);
        if (!File.Exists(font)
            || !TryMm(tokens, "lint-links", out var lintLeft) || !TryMm(tokens, "lint-breedte", out var lintWidth)
            || !TryMm(tokens, "woordmerk-afstand", out var gap) || !TryMm(tokens, "marge-rechts-buiten", out var outer) || !tokens.TryGetValue("corps-woordmerk", out var size)
            || !size.EndsWith("pt", StringComparison.Ordinal) || !double.TryParse(size[..^2], CultureInfo.InvariantCulture, out var sizePt))
        {
            return null;
        }

        // The woordmerk starts right of the lint (the tokens' sizes, which the print layout shares); A4 is 210 mm wide.
        var typeface = SKTypeface.FromFile(font);
        return typeface is null ? null : new WoordmerkFit(typeface, sizePt, 210 - (lintLeft + lintWidth + gap) - outer);
    }

    public double WidthMm(string text) => _font.MeasureText(text) * 25.4 / 72;

    /// <summary>Greedy lines of whole words; null when a single word is wider than the space or it takes too many lines.</summary>
    public IReadOnlyList<string>? Break(string name)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (WidthMm(candidate) <= AvailableMm)
            {
                line = candidate;
                continue;
            }

            if (line.Length == 0)
            {
                return null;
            }

            lines.Add(line);
            line = word;
            if (WidthMm(line) > AvailableMm)
            {
                return null;
            }
        }

        lines.Add(line);
        return lines.Count <= MaxLines ? lines : null;
    }

    public void Dispose()
    {
        _font.Dispose();
        _typeface.Dispose();
    }

    private static bool TryMm(Dictionary<string, string> tokens, string name, out double mm)
    {
        mm = 0;
        return tokens.TryGetValue(name, out var value) && value.EndsWith("mm", StringComparison.Ordinal)
            && double.TryParse(value[..^2], CultureInfo.InvariantCulture, out mm);
    }

    [GeneratedRegex(@"--ib-(?<name>[a-z0-9-]+)\s*:\s*(?<value>[^;]+);")]
    private static partial Regex Token();
}
