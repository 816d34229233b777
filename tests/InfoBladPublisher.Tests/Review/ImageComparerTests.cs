using ImageMagick;
using ImageMagick.Drawing;
using InfoBladPublisher.Review;

namespace InfoBladPublisher.Tests.Review;

public sealed class ImageComparerTests
{
    /// <summary>A white 200×100 page with black "text lines" drawn at the given rows.</summary>
    private static byte[] Page(int shift = 0, string ink = "#000000")
    {
        using var image = new MagickImage(MagickColors.White, 200, 100);
        foreach (var y in new[] { 10, 30, 50, 70 })
        {
            image.Draw(new DrawableFillColor(new MagickColor(ink)), new DrawableRectangle(10, y + shift, 190, y + shift + 3));
        }

        image.Format = MagickFormat.Png;
        return image.ToByteArray();
    }

    [Fact]
    public void Identical_images_Should_differ_by_zero()
    {
        var result = ImageComparer.Compare(Page(), Page(), VisualTolerance.Default);
        Assert.Equal(0, result.DifferentPixelRatio);
        Assert.True(result.IsSame);
        Assert.Null(result.Diff);
    }

    [Fact]
    public void A_one_line_shift_Should_be_detected_with_a_diff_image()
    {
        var result = ImageComparer.Compare(Page(), Page(shift: 1), VisualTolerance.Default);
        Assert.False(result.IsSame);
        Assert.InRange(result.DifferentPixelRatio, 0.01, 0.1); // 4 lines × 2 rows × 181 px of 20,000
        Assert.NotNull(result.Diff);
    }

    [Fact]
    public void A_colour_change_within_the_per_pixel_threshold_Should_not_count()
    {
        Assert.True(ImageComparer.Compare(Page(), Page(ink: "#060606"), VisualTolerance.Default).IsSame);
        Assert.False(ImageComparer.Compare(Page(), Page(ink: "#202020"), VisualTolerance.Default).IsSame);
    }

    [Fact]
    public void A_difference_below_the_pixel_ratio_Should_pass_and_above_it_fail()
    {
        var strict = VisualTolerance.Default;
        var lenient = new VisualTolerance(8, 0.1);
        Assert.False(ImageComparer.Compare(Page(), Page(shift: 1), strict).IsSame);
        Assert.True(ImageComparer.Compare(Page(), Page(shift: 1), lenient).IsSame);
    }

    [Fact]
    public void One_changed_letter_on_an_A4_page_Should_be_a_difference()
    {
        // An A4 page at 60 dpi, and the same page with one letter-sized mark (6 × 7 pixels) added.
        using var page = new MagickImage(MagickColors.White, 496, 702) { Format = MagickFormat.Png };
        using var changed = (MagickImage)page.Clone();
        changed.Draw(new DrawableFillColor(MagickColors.Black), new DrawableRectangle(100, 200, 105, 206));

        Assert.False(ImageComparer.Compare(page.ToByteArray(), changed.ToByteArray(), VisualTolerance.Default).IsSame);
    }

    [Fact]
    public void A_different_size_Should_be_a_difference()
    {
        using var small = new MagickImage(MagickColors.White, 100, 100) { Format = MagickFormat.Png };
        var result = ImageComparer.Compare(Page(), small.ToByteArray(), VisualTolerance.Default);
        Assert.True(result.SizeChanged);
        Assert.False(result.IsSame);
    }
}
