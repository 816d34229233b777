using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;

namespace InfoBladPublisher.Pipeline;

/// <summary>A document after the HTML stage: the print page (for pagination) and the standalone web page.</summary>
/// <param name="MetadataPosition">Its document.yml, where later stages report problems with the document as a whole.</param>
/// <param name="BodyFile">Its tekst.md as diagnostics show it; the print HTML's <c>data-src</c> marks are lines in it.</param>
/// <param name="PrintFiles">Files the print page names beside the template assets (the sender's own logo), by URL path.</param>
/// <param name="WebHtml">Empty once <see cref="WebStored"/> holds the page on disk.</param>
internal sealed record RenderedDocument(Document Document, SourcePosition MetadataPosition, string BodyFile, string PrintHtml, string WebHtml, IReadOnlyDictionary<string, byte[]> PrintFiles)
{
    /// <summary>
    /// The web page in the publish's cache, for the release to copy: a web page inlines its fonts and images
    /// (about 0.5 MB), so holding every one in memory until the release grew with the corpus.
    /// </summary>
    public Release.StoredPage? WebStored { get; init; }
}
