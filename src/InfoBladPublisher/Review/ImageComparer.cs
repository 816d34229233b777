using ImageMagick;

namespace InfoBladPublisher.Review;

/// <summary>Compares two PNGs with Magick.NET under a stated tolerance.</summary>
internal static class ImageComparer
{
    public static ImageComparison Compare(byte[] expectedPng, byte[] actualPng, VisualTolerance tolerance)
    {
        using var expected = new MagickImage(expectedPng);
        using var actual = new MagickImage(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new ImageComparison(1, SizeChanged: true, Diff: null, tolerance);
        }

        expected.ColorFuzz = new Percentage(tolerance.FuzzPercent);
        using var diff = expected.Compare(actual, new CompareSettings(ErrorMetric.Absolute)
        {
            HighlightColor = MagickColors.Red,
        }, out var ratio);

        // ImageMagick's Absolute metric, with fuzz, is the share of pixels that differ beyond the threshold.
        if (ratio <= 0)
        {
            return new ImageComparison(0, SizeChanged: false, Diff: null, tolerance);
        }

        diff.Format = MagickFormat.Png;
        return new ImageComparison(ratio, SizeChanged: false, diff.ToByteArray(), tolerance);
    }
}
