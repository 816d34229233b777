using InfoBladPublisher.Model;

namespace InfoBladPublisher.Rendering.Html;

public sealed record IndexEntry(Document Document, string PdfPath, string HtmlPath, int Pages);
