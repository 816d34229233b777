using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Tests.Support;
using UglyToad.PdfPig;

namespace InfoBladPublisher.Tests.Rendering;

/// <summary>An image beside tekst.md, as the editors' guide allows, is published: embedded in the web page, drawn in the PDF within the column.</summary>
public sealed class ImageTests
{
    [Fact]
    public async Task A_local_image_wider_than_the_column_Should_be_embedded_and_fit_the_page()
    {
        using var content = new ContentTree();
        using (var image = new ImageMagick.MagickImage(ImageMagick.MagickColors.DarkOrange, 1600, 300))
        {
            Directory.CreateDirectory(Path.Combine(content.ContentRoot, "documenten/nota"));
            await image.WriteAsync(Path.Combine(content.ContentRoot, "documenten/nota/breed.png"), ImageMagick.MagickFormat.Png);
        }

        content.Write("content/documenten/nota/tekst.md", ContentTree.NotaBody + "\n\n![Een breed oranje vlak](breed.png)\n");
        using var work = new TempTree();
        var options = new PublishOptions(content.ContentRoot, RepoPaths.Templates, RepoPaths.NodeModules, work.PathOf("releases"), "v1");

        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);

        // The layout gate (IBP072) would refuse an image running out of its column.
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(result.ReleasePath!, "nota.html"));
        Assert.Contains("<img src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Een breed oranje vlak\"", html, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(Path.Combine(result.ReleasePath!, "nota.pdf"));
        var images = pdf.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).Where(x => x.Image.WidthInSamples == 1600).ToList();
        var (page, drawn) = Assert.Single(images);
        Assert.True(drawn.BoundingBox.Right <= page.Width - (20 / 25.4 * 72), $"the image ends at {drawn.BoundingBox.Right:0} pt on a page of {page.Width:0} pt");
    }
}
