using SkiaSharp;

namespace InfoBladPublisher.Text;

/// <summary>
/// Sets a ministry's name in lines that fit beside the logo, as Rijksoverheid letterheads do ("Ministerie van
/// Binnenlandse Zaken en / Koninkrijksrelaties"). Widths are measured in the bundled Fira Sans at the woordmerk's
/// size, in the width the print layout gives it: both from the tokens (--ib-corps-woordmerk, --ib-woordmerk-breedte).
/// </summary>
internal sealed class WoordmerkFit : IDisposable
{
    public const int MaxLines = 4;

    private readonly SKTypeface _typeface;
    private readonly SKFont _font;
    private readonly double _availablePt;

    private WoordmerkFit(SKTypeface typeface, double sizePt, double availablePt)
    {
        _typeface = typeface;
        _font = new SKFont(typeface, (float)sizePt);
        _availablePt = availablePt;
    }

    public double AvailableMm => _availablePt * 25.4 / 72;

    /// <returns>Null when the font is not there to measure with; the layout gate still checks the page.</returns>
    public static WoordmerkFit? Create(double sizePt, double widthPt, string fontsFolder)
    {
        var font = Path.Combine(fontsFolder, "fira-sans-latin-400-normal.woff");
        var typeface = File.Exists(font) ? SKTypeface.FromFile(font) : null;
        return typeface is null ? null : new WoordmerkFit(typeface, sizePt, widthPt);
    }

    public double WidthMm(string text) => WidthPt(text) * 25.4 / 72;

    public bool Fits(string line) => WidthPt(line) <= _availablePt;

    // The font's size is in points, so its measure is too: compared in points, as the print layout has it.
    private double WidthPt(string text) => _font.MeasureText(text);

    /// <summary>Greedy lines of whole words; null when a single word is wider than the space or it takes too many lines.</summary>
    public IReadOnlyList<string>? Break(string name)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Fits(candidate))
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
            if (!Fits(line))
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
}
