using ImageMagick;
using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Content;

/// <summary>What an image is for, as the messages name it: the word in Dutch and English, and the Dutch word with its article (het logo, de afbeelding).</summary>
internal sealed record ImageKind(Wording Name, string NlThe)
{
    public static readonly ImageKind Logo = new(new Wording("logo", "logo"), "het logo");
    public static readonly ImageKind Image = new(new Wording("afbeelding", "image"), "de afbeelding");
}

/// <summary>
/// Reads an image named by content (a logo, an image in the text): confined, within the size limits, and only
/// when its bytes really are the SVG, PNG or JPEG its name says. Images are embedded in the pages, so
/// anything else would be published.
/// </summary>
internal static class ImageReader
{
    /// <param name="what">A logo or an image, for the messages.</param>
    public static LogoFile? Read(ConfinedDirectory content, string path, ImageKind what, SourcePosition named, DiagnosticBag diagnostics)
    {
        var bytes = content.TryReadBytes(path, Limits.ImageFileBytes, diagnostics, named);
        if (bytes is null)
        {
            return null;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var display = content.Display(path);
        switch (extension)
        {
            case ".svg":
                var problems = SvgCheck.Problems(ConfinedDirectory.Decode(bytes), what);
                foreach (var (line, column, message) in problems)
                {
                    diagnostics.Report(problems.Count == 1 && line == 0 ? DiagnosticCodes.NotAnImage : DiagnosticCodes.UnsafeMarkup,
                        line == 0 ? named : new SourcePosition(display, line, column), message);
                }

                return problems.Count == 0 ? new LogoFile(extension, bytes) : null;
            case ".png" or ".jpg" or ".jpeg":
                return CheckRaster(bytes, extension == ".png" ? MagickFormat.Png : MagickFormat.Jpeg, what, display, named, diagnostics)
                    ? new LogoFile(extension, bytes)
                    : null;
            default:
                diagnostics.Report(DiagnosticCodes.NotAnImage, named, $"{what.Name.Nl} '{display}' moet een .svg-, .png- of .jpg-bestand zijn", $"{what.Name.En} '{display}' must be an .svg, .png or .jpg file");
                return null;
        }
    }

    private static bool CheckRaster(byte[] bytes, MagickFormat format, ImageKind what, string display, SourcePosition named, DiagnosticBag diagnostics)
    {
        // Magic numbers first: Magick would otherwise guess a format from the content.
        var looksRight = format == MagickFormat.Png
            ? bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            : bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]);
        if (!looksRight)
        {
            diagnostics.Report(DiagnosticCodes.NotAnImage, named, $"{what.Name.Nl} '{display}' is geen {format.ToString().ToUpperInvariant()}-afbeelding", $"{what.Name.En} '{display}' is not a {format.ToString().ToUpperInvariant()} image");
            return false;
        }

        try
        {
            // Reads the header only, with the format fixed.
            var info = new MagickImageInfo(bytes, new MagickReadSettings { Format = format });
            if (info.Width > Limits.ImageMaxSidePixels || info.Height > Limits.ImageMaxSidePixels || (long)info.Width * info.Height > Limits.ImageMaxPixels)
            {
                diagnostics.Report(DiagnosticCodes.OverLimit, named, $"{what.Name.Nl} '{display}' is {info.Width}×{info.Height} pixels; de grens is {Limits.ImageMaxSidePixels} pixels per zijde en {Limits.ImageMaxPixels / 1_000_000} megapixels", $"{what.Name.En} '{display}' is {info.Width}×{info.Height} pixels; the limit is {Limits.ImageMaxSidePixels} pixels a side and {Limits.ImageMaxPixels / 1_000_000} megapixels");
                return false;
            }

            return true;
        }
        catch (MagickException)
        {
            diagnostics.Report(DiagnosticCodes.NotAnImage, named, $"{what.Name.Nl} '{display}' is een beschadigde {format.ToString().ToUpperInvariant()}-afbeelding", $"{what.Name.En} '{display}' is a damaged {format.ToString().ToUpperInvariant()} image");
            return false;
        }
    }
}
