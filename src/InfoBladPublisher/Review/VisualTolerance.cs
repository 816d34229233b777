namespace InfoBladPublisher.Review;

/// <summary>
/// When two page images count as the same. One definition, used by the visual tests and the review report.
/// A pixel differs when a channel differs by more than 8 of 255 (QuestPDF's value). An image differs when more
/// than 0.001% of its pixels do: about 3 pixels of an A4 page at 60 dpi. QuestPDF allows 0.05%, but on our
/// page size that is 174 pixels, enough to hide a changed letter (about 40 pixels); our renders are
/// byte-identical from run to run, so the ratio only has to absorb anti-aliasing noise.
/// </summary>
public sealed record VisualTolerance(int MaxChannelDifference, double MaxDifferentPixelRatio)
{
    public static VisualTolerance Default { get; } = new(8, 0.00001);

    /// <summary>The per-pixel threshold as ImageMagick's colour fuzz, a percentage of the channel range.</summary>
    public double FuzzPercent => MaxChannelDifference * 100.0 / 255.0;
}
