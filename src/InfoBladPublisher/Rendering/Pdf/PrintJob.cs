namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>One document to lay out: the layout to compile and every file it may read, by its path in the Typst root.</summary>
/// <param name="Main">The layout, e.g. <c>/print/nota.typ</c>.</param>
/// <param name="Files">The layouts, the document's data (<c>/document.json</c>), its logo, images and charts.</param>
/// <param name="FixedDate">The PDF's date, so a rebuild gives the same bytes.</param>
internal sealed record PrintJob(string DocumentId, string Main, IReadOnlyDictionary<string, byte[]> Files, DateOnly FixedDate);
