using ImageMagick;

namespace InfoBladPublisher.Review;

/// <summary>Compares two PNGs with Magick.NET under a stated tolerance.</summary>
internal static class ImageComparer
{
    public static ImageComparison Compare(byte[] expectedPng, byte[] actualPng, VisualTolerance tolerance)
    {
        if (expectedPng.AsSpan().SequenceEqual(actualPng))
        {
            // The same file (pdftoppm and the browser write the same bytes for the same pixels): nothing to decode.
            return new ImageComparison(0, SizeChanged: false, Diff: null, tolerance);
        }

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
        return new ImageComparison(ratio, SizeChanged: false, diff.ToByteArray(), tolerance, RegionOf(expected, actual, tolerance));
    }

    /// <summary>Where the pixels differ beyond the threshold, by the same per-channel rule as the ratio.</summary>
    private static PixelRegion? RegionOf(MagickImage expected, MagickImage actual, VisualTolerance tolerance)
    {
        var width = (int)expected.Width;
        using var a = expected.GetPixels();
        using var b = actual.GetPixels();
        var left = a.ToByteArray(PixelMapping.RGB)!;
        var right = b.ToByteArray(PixelMapping.RGB)!;
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var i = 0; i + 2 < left.Length && i + 2 < right.Length; i += 3)
        {
            if (Math.Abs(left[i] - right[i]) > tolerance.MaxChannelDifference || Math.Abs(left[i + 1] - right[i + 1]) > tolerance.MaxChannelDifference
                || Math.Abs(left[i + 2] - right[i + 2]) > tolerance.MaxChannelDifference)
            {
                var (x, y) = ((i / 3) % width, (i / 3) / width);
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        return maxX < 0 ? null : new PixelRegion(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
