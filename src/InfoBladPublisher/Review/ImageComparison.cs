namespace InfoBladPublisher.Review;

/// <param name="DifferentPixelRatio">Share of pixels that differ beyond the per-pixel threshold; 1 when the sizes differ.</param>
/// <param name="Diff">A PNG with the differing pixels in red over a faded copy of the expected image (ImageMagick's compare image); null when nothing differs.</param>
internal sealed record ImageComparison(double DifferentPixelRatio, bool SizeChanged, byte[]? Diff, VisualTolerance Tolerance)
{
    public bool IsSame => !SizeChanged && DifferentPixelRatio <= Tolerance.MaxDifferentPixelRatio;
}
