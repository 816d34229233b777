namespace InfoBladPublisher.Review;

/// <summary>
/// When two page images count as the same. One definition, used by the visual tests and the review report.
/// The values are QuestPDF's visual-test tolerances: a pixel differs when a channel differs by more than 8 of
/// 255, and an image differs when more than 0.05% of its pixels do.
/// </summary>
public sealed record VisualTolerance(int MaxChannelDifference, double MaxDifferentPixelRatio)
{
    public static VisualTolerance Default { get; } = new(8, 0.0005);

    /// <summary>The per-pixel threshold as ImageMagick's colour fuzz, a percentage of the channel range.</summary>
    public double FuzzPercent => MaxChannelDifference * 100.0 / 255.0;
}
