namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>One document to paginate: its print HTML, its title for the PDF metadata, and the files it may load.</summary>
/// <param name="ExtraFiles">Files beside the page that are not template assets (an organisation's own logo), by URL path.</param>
/// <param name="FixedDate">Written into the PDF's creation and modification dates, so a rebuild gives the same bytes.</param>
internal sealed record PrintJob(string DocumentId, string Title, string Html, IReadOnlyDictionary<string, byte[]> ExtraFiles, DateOnly FixedDate)
{
    /// <summary>This run's template assets by path below assets/; null: those the engine was started with (one engine can serve runs of other template trees).</summary>
    public Func<string, byte[]?>? Assets { get; init; }
}
