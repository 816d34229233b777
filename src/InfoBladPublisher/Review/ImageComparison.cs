namespace InfoBladPublisher.Review;

/// <param name="DifferentPixelRatio">Share of pixels that differ beyond the per-pixel threshold; 1 when the sizes differ.</param>
/// <param name="Diff">A PNG with the differing pixels in red over a faded copy of the expected image (ImageMagick's compare image); null when nothing differs.</param>
/// <param name="Region">The smallest rectangle holding every differing pixel; null when none differ or the sizes differ.</param>
internal sealed record ImageComparison(double DifferentPixelRatio, bool SizeChanged, byte[]? Diff, VisualTolerance Tolerance, PixelRegion? Region = null)
{
    public bool IsSame => !SizeChanged && DifferentPixelRatio <= Tolerance.MaxDifferentPixelRatio;
}

/// <summary>A rectangle of an image, in pixels from its top left corner.</summary>
public sealed record PixelRegion(int X, int Y, int Width, int Height);
