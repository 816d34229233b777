using InfoBladPublisher.Diagnostics;
using InfoBladPublisher.Model;
using InfoBladPublisher.Rendering.Print;

namespace InfoBladPublisher.Pipeline;

/// <summary>A document after the HTML stage: what Typst compiles for its PDF, and the standalone web page.</summary>
/// <param name="MetadataPosition">Its document.yml, where later stages report problems with the document as a whole.</param>
/// <param name="BodyFile">Its tekst.md as diagnostics show it; the print data's <c>src</c> marks are lines in it.</param>
/// <param name="WebHtml">Empty once <see cref="WebStored"/> holds the page on disk.</param>
internal sealed record RenderedDocument(Document Document, SourcePosition MetadataPosition, string BodyFile, PrintSource Print, string WebHtml)
{
    /// <summary>
    /// The web page in the publish's cache, for the release to copy: a web page inlines its fonts and images
    /// (about 0.5 MB), so holding every one in memory until the release grew with the corpus.
    /// </summary>
    public Release.StoredPage? WebStored { get; init; }

    /// <summary>The body's text block by block, read from the syntax tree: what each output must show (<see cref="TextAgreement"/>).</summary>
    public IReadOnlyList<Markdown.SourceBlock> SourceText => _sourceText ??= Markdown.BodyText.Of(Document.Body, BodyFile);

    private IReadOnlyList<Markdown.SourceBlock>? _sourceText;
}
