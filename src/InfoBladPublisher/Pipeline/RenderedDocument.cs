using InfoBladPublisher.Model;

namespace InfoBladPublisher.Pipeline;

/// <summary>A document after the HTML stage: the print page (for pagination) and the standalone web page.</summary>
public sealed record RenderedDocument(Document Document, string PrintHtml, string WebHtml);
