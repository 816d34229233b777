using ImageMagick;

namespace InfoBladPublisher.Review;

/// <summary>
/// The part of two full-page web screenshots that differs: the rows between the first differing row from the
/// top and the first from the bottom (the pages aligned at their ends, so text added in the middle is found on
/// both sides), with some context. A web page of a 40-page nota is 70,000 pixels tall; comparing, encoding and
/// showing only the changed band costs a fraction, and is what a reviewer wants to see.
/// </summary>
internal static class TallPageCrop
{
    /// <summary>Rows of context kept above and below the change.</summary>
    public const int Context = 160;

    /// <summary>The two bands, and the row the base's band starts at; null when no pixel differs beyond the tolerance.</summary>
    public static (byte[] Base, byte[] Head, int Top)? Of(byte[] basePng, byte[] headPng, VisualTolerance tolerance)
    {
        using var before = new MagickImage(basePng);
        using var after = new MagickImage(headPng);
        if (before.Width != after.Width)
        {
            return (basePng, headPng, 0); // a different width: nothing lines up, show them whole
        }

        var width = (int)before.Width;
        var (a, b) = (Pixels(before), Pixels(after));
        var (ha, hb) = ((int)before.Height, (int)after.Height);
        var shorter = Math.Min(ha, hb);
        var top = 0;
        while (top < shorter && SameRow(a, top, b, top, width, tolerance))
        {
            top++;
        }

        if (top == shorter && ha == hb)
        {
            return null;
        }

        var bottom = 0;
        while (bottom < shorter - top && SameRow(a, ha - 1 - bottom, b, hb - 1 - bottom, width, tolerance))
        {
            bottom++;
        }

        var start = Math.Max(0, top - Context);
        return (Band(before, start, ha - bottom + Context), Band(after, start, hb - bottom + Context), start);
    }

    private static byte[] Pixels(MagickImage image)
    {
        using var pixels = image.GetPixelsUnsafe();
        return pixels.ToByteArray(PixelMapping.RGB)!;
    }

    private static bool SameRow(byte[] a, int rowA, byte[] b, int rowB, int width, VisualTolerance tolerance)
    {
        var (sa, sb) = (rowA * width * 3, rowB * width * 3);
        for (var i = 0; i < width * 3; i++)
        {
            if (Math.Abs(a[sa + i] - b[sb + i]) > tolerance.MaxChannelDifference)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] Band(MagickImage image, int start, int end)
    {
        using var band = (MagickImage)image.Clone();
        var to = Math.Min((int)image.Height, end);
        band.Crop(new MagickGeometry(0, start, image.Width, (uint)Math.Max(1, to - start)));
        band.ResetPage();
        band.Format = MagickFormat.Png;
        return band.ToByteArray();
    }
}
