using UglyToad.PdfPig.Content;

namespace InfoBladPublisher.Layout;

/// <summary>A font the PDF uses: a few characters set in it, and where the first one stands (CSS px from the top left).</summary>
internal sealed record FontUse(string Name, string Sample, int PageIndex, double X, double Y);

/// <summary>The fonts a PDF really uses, read from its text page by page (<see cref="PdfPages"/> reads the pages).</summary>
internal sealed class PdfFonts
{
    private const double PxPerPt = 96.0 / 72.0;

    private readonly Dictionary<string, (System.Text.StringBuilder Sample, int Page, double X, double Y)> _fonts = new(StringComparer.Ordinal);

    public void Add(Page page)
    {
        foreach (var letter in page.Letters)
        {
            var name = letter.FontName ?? "(unnamed)";
            if (!_fonts.TryGetValue(name, out var use))
            {
                // PDF space runs up from the bottom in points; the layout facts run down from the top in CSS px.
                var point = letter.BoundingBox.Centroid;
                use = (new System.Text.StringBuilder(), page.Number - 1, point.X * PxPerPt, (page.Height - point.Y) * PxPerPt);
                _fonts[name] = use;
            }

            if (use.Sample.Length < 12 && !string.IsNullOrWhiteSpace(letter.Value) && !use.Sample.ToString().Contains(letter.Value, StringComparison.Ordinal))
            {
                use.Sample.Append(letter.Value);
            }
        }
    }

    public IReadOnlyList<FontUse> Uses() =>
        _fonts.Select(f => new FontUse(f.Key, f.Value.Sample.ToString(), f.Value.Page, f.Value.X, f.Value.Y)).ToList();
}
