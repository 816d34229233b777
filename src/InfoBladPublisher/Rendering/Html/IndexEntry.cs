using InfoBladPublisher.Model;

namespace InfoBladPublisher.Rendering.Html;

internal sealed record IndexEntry(Document Document, string PdfPath, string HtmlPath, int Pages);
