using System.Globalization;

namespace InfoBladPublisher.Review;

/// <summary>Turns PDF pages into PNGs with poppler's pdftoppm, which gives the same pixels for the same file.</summary>
internal static class PdfRasterizer
{
    /// <summary>60 dpi: a page is 496 × 702 pixels, enough to see a moved line, small enough to keep baselines in git.</summary>
    public const int Dpi = 60;

    public static async Task<IReadOnlyList<byte[]>> RasterizeAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("infoblad-pages-");
        try
        {
            await Poppler.RunAsync("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-png", pdfPath, Path.Combine(folder.FullName, "p")], cancellationToken).ConfigureAwait(false);

            // pdftoppm names pages p-1.png or p-01.png depending on the page count; sort by the number.
            return Directory.GetFiles(folder.FullName, "p-*.png")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[2..], CultureInfo.InvariantCulture))
                .Select(File.ReadAllBytes)
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
