using InfoBladPublisher.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Markdown;

/// <summary>
/// Images in the text are files beside tekst.md. Each is read once through the content confinement, checked
/// as an image, and embedded as a data URI, so the web page works offline and the PDF engine fetches nothing.
/// </summary>
internal static class ImageEmbedder
{
    public static void Embed(MarkdownDocument syntax, Func<Inline, SourcePosition> positionOf, Func<string, SourcePosition, LogoFile?>? read, DiagnosticBag diagnostics)
    {
        foreach (var image in syntax.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var url = image.Url ?? string.Empty;
            if (url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith('/'))
            {
                continue; // remote: LinkPolicy reports it
            }

            var position = positionOf(image);
            if (image.FirstChild is null)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, position,
                    $"afbeelding '{url}' heeft geen tekstalternatief; schrijf tussen de haken wat de afbeelding laat zien: ![Organogram van de directie]({url})",
                    $"image '{url}' has no text alternative; write what it shows between the brackets: ![Organogram van de directie]({url})");
            }

            if (read is null)
            {
                continue;
            }

            if (read(url, position) is { } file)
            {
                image.Url = MediaTypes.DataUri(file.Extension, file.Bytes);
            }
        }
    }
}
