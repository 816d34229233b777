using ImageMagick;
using ImageMagick.Drawing;
using InfoBladPublisher.Review;

namespace InfoBladPublisher.Tests.Review;

/// <summary>A web page is compared by the band that changed: found wherever it is, and small however tall the page.</summary>
public sealed class TallPageCropTests
{
    /// <summary>A 390-pixel-wide page 30,000 pixels tall with a "line of text" every 40 rows; <paramref name="insert"/> rows pushed in at row 15,000.</summary>
    private static byte[] Page(int insert = 0, bool letter = false)
    {
        using var image = new MagickImage(MagickColors.White, 390, (uint)(30_000 + insert));
        for (var y = 20; y < 30_000; y += 40)
        {
            var at = y >= 15_000 ? y + insert : y;
            image.Draw(new DrawableFillColor(MagickColors.Black), new DrawableRectangle(20, at, 360, at + 8));
        }

        if (letter)
        {
            image.Draw(new DrawableFillColor(MagickColors.Black), new DrawableRectangle(370, 20_001, 375, 20_007));
        }

        image.Format = MagickFormat.Png;
        return image.ToByteArray();
    }

    [Fact]
    public void The_same_page_Should_have_no_band()
    {
        Assert.Null(TallPageCrop.Of(Page(), Page(), VisualTolerance.Default));
    }

    [Fact]
    public void One_letter_on_a_tall_page_Should_be_a_change_that_the_whole_page_ratio_would_hide()
    {
        var (before, after) = (Page(), Page(letter: true));
        Assert.True(ImageComparer.Compare(before, after, VisualTolerance.Default).IsSame); // 42 pixels of 11.7 million

        var band = TallPageCrop.Of(before, after, VisualTolerance.Default);

        Assert.NotNull(band);
        Assert.False(ImageComparer.Compare(band.Value.Base, band.Value.Head, VisualTolerance.Default).IsSame);
        Assert.Equal(20_001 - TallPageCrop.Context, band.Value.Top);
        Assert.True(Height(band.Value.Head) < 2 * TallPageCrop.Context + 10, $"a band of {Height(band.Value.Head)} rows for one letter");
    }

    [Fact]
    public void Rows_pushed_in_mid_page_Should_give_a_band_around_them_on_both_sides()
    {
        var band = TallPageCrop.Of(Page(), Page(insert: 120), VisualTolerance.Default)!.Value;

        Assert.InRange(band.Top, 15_000 - TallPageCrop.Context - 40, 15_000);
        Assert.True(Height(band.Head) - Height(band.Base) == 120, "the head's band holds the pushed-in rows");
        Assert.True(Height(band.Head) < 1_000, $"a band of {Height(band.Head)} rows");
    }

    private static uint Height(byte[] png)
    {
        using var image = new MagickImage(png);
        return image.Height;
    }
}
